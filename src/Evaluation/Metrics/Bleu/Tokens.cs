namespace CodeIntel.Evaluation.Metrics.Bleu;

/// <summary>The evaluators' tokenisation: Python's <c>str.strip().split()</c>, i.e. runs of whitespace.</summary>
public static class Tokens
{
    public static string[] Whitespace(string line) =>
        (line ?? throw new ArgumentNullException(nameof(line))).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
