using System.Text.RegularExpressions;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// CodeBLEU's comment stripping for C-family code: <c>//</c> and <c>/* */</c> comments become a space (string and
/// character literals are skipped over, so a <c>"//"</c> inside one survives) and blank lines are dropped.
/// Python comments are handled on the tree (see <see cref="DataFlowExtractor"/>); the official syntax match
/// applies this C-family stripping to every language, and so does <see cref="SyntaxMatch"/>.
/// </summary>
internal static partial class CommentRemover
{
    public static string RemoveCFamily(string source)
    {
        var stripped = CommentOrLiteral().Replace(source, m => m.Value.StartsWith('/') ? " " : m.Value);
        return string.Join('\n', stripped.Split('\n').Where(l => l.Trim().Length > 0));
    }

    [GeneratedRegex(@"//.*?$|/\*.*?\*/|'(?:\\.|[^\\'])*'|""(?:\\.|[^\\""])*""", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CommentOrLiteral();
}
