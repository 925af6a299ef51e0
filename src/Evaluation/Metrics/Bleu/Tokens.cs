using System.Text.RegularExpressions;

namespace CodeIntel.Evaluation.Metrics.Bleu;

/// <summary>
/// The evaluators' tokenisation (<see cref="Whitespace"/>: Python's <c>str.strip().split()</c>), and <see cref="Code"/>
/// for text that was not pre-tokenised the way the CodeXGLUE files are.
/// </summary>
public static partial class Tokens
{
    public static string[] Whitespace(string line) =>
        (line ?? throw new ArgumentNullException(nameof(line))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Raw code as the CodeXGLUE files lay it out: identifiers, numbers and single punctuation characters, joined by
    /// one space, so that <see cref="CodeXglueBleu"/> scores generated code and references alike.
    /// </summary>
    public static string Code(string code) =>
        string.Join(' ', CodeToken().Matches(code ?? throw new ArgumentNullException(nameof(code))).Select(m => m.Value));

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*|\d+(\.\d+)?|\S")]
    private static partial Regex CodeToken();
}
