using CodeIntel.Translation.Fortran.Lexing;
using CodeIntel.Translation.Fortran.Parsing;
using CodeIntel.Translation.Fortran.Syntax;

namespace CodeIntel.Translation.Fortran;

/// <summary>Entry point of the Fortran front end: source text to program units.</summary>
public static class FortranParser
{
    /// <param name="source">The Fortran program text.</param>
    /// <param name="path">Only a hint for the source form (.f/.for/.f77 fixed, .f90 free); nothing is read from it.</param>
    /// <param name="form">Fixed or free form, overriding the guess from the path and the text.</param>
    /// <exception cref="FortranSyntaxException">The structure cannot be read (an unclosed construct, a bad directive).</exception>
    public static SourceFile Parse(string source, string? path = null, SourceForm? form = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var layout = form ?? LineReader.DetectForm(source, path);
        var stmts = LineReader.Read(source, layout).Select(StatementParser.Parse);
        return new SourceFile(new BlockParser(stmts).ParseUnits(), layout);
    }
}
