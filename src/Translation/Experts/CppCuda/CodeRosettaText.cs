using System.Text;
using System.Text.RegularExpressions;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Reads one line of the CodeRosetta/BabelTower tokenised files (<c>*.para.valid.tok</c>: one function per line, tokens
/// separated by blanks) back into C++ a compiler accepts: <c>ENDCOM</c> marks the end of a preprocessor line, so the
/// directive it closes goes back on a line of its own; and line markers the preprocessor left in
/// (<c># 16 "file.c"</c>) are dropped, as they say nothing about the code.
/// </summary>
public static partial class CodeRosettaText
{
    public static string ToSource(string tokenisedLine)
    {
        ArgumentNullException.ThrowIfNull(tokenisedLine);
        var text = LineMarker().Replace(tokenisedLine, " ");
        var sb = new StringBuilder();
        int at = 0;
        foreach (Match end in EndOfDirective().Matches(text))
        {
            // The directive starts at the last '#' before its ENDCOM; a directive must begin its own line.
            var hash = text.LastIndexOf('#', Math.Max(end.Index - 1, 0));
            if (hash < at)
            {
                sb.Append(text, at, end.Index - at).Append('\n');
            }
            else
            {
                sb.Append(text, at, hash - at).Append('\n').Append(text, hash, end.Index - hash).Append('\n');
            }
            at = end.Index + end.Length;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    [GeneratedRegex("#\\s*[0-9]+\\s*\"[^\"\\n]*\"")]
    private static partial Regex LineMarker();

    [GeneratedRegex("\\s*\\bENDCOM\\b\\s*")]
    private static partial Regex EndOfDirective();
}
