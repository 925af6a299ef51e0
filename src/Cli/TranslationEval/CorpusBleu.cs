using System.Text.RegularExpressions;

namespace CodeIntel.Cli.TranslationEval;

/// <summary>
/// Corpus BLEU-4 (Papineni et al., 2002): clipped n-gram precisions for n = 1..4 pooled over the corpus, geometric
/// mean, brevity penalty; code is split into identifiers, numbers and single punctuation characters. A small private
/// scorer for the translation reports only; the project's official BLEU/CodeBLEU lives in the evaluation library.
/// </summary>
internal static partial class CorpusBleu
{
    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*|\d+(\.\d+)?|\S")]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<string> Tokenize(string code) => TokenPattern().Matches(code).Select(m => m.Value).ToList();

    public static double Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        var matches = new double[4];
        var totals = new double[4];
        long hypLength = 0, refLength = 0;
        for (int i = 0; i < hypotheses.Count; i++)
        {
            var h = Tokenize(hypotheses[i]);
            var r = Tokenize(references[i]);
            hypLength += h.Count;
            refLength += r.Count;
            for (int n = 1; n <= 4; n++)
            {
                var refCounts = Grams(r, n);
                foreach (var (gram, count) in Grams(h, n))
                {
                    matches[n - 1] += Math.Min(count, refCounts.GetValueOrDefault(gram));
                    totals[n - 1] += count;
                }
            }
        }
        if (hypLength == 0 || matches.Any(m => m == 0))
        {
            return 0;
        }
        var logPrecision = Enumerable.Range(0, 4).Sum(n => Math.Log(matches[n] / totals[n])) / 4;
        var brevity = hypLength >= refLength ? 1 : Math.Exp(1 - (double)refLength / hypLength);
        return 100 * brevity * Math.Exp(logPrecision);
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
