namespace CodeIntel.Translation.Fortran.Syntax;

/// <summary>A parsed Fortran file: its program units in source order and the layout it was read in.</summary>
public sealed record SourceFile(IReadOnlyList<ProgramUnit> Units, Lexing.SourceForm Form);
