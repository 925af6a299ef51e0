using System.Text.RegularExpressions;

namespace CodeIntel.Cli.Bench;

/// <summary>
/// Corpus BLEU-4 (Papineni et al. 2002): clipped n-gram precisions for n = 1..4 summed over the corpus, their
/// geometric mean, times the brevity penalty; no smoothing. Code is tokenized into identifiers, numbers and single
/// punctuation characters. A quick figure for benchmarks; the official CodeXGLUE metric lives in Evaluation.
/// </summary>
internal static partial class CorpusBleu
{
    public static double Score(IReadOnlyList<string> hypotheses, IReadOnlyList<string> references)
    {
        var matches = new long[4];
        var totals = new long[4];
        long hypLength = 0, refLength = 0;
        for (var i = 0; i < hypotheses.Count; i++)
        {
            var hyp = Tokenize(hypotheses[i]);
            var reference = Tokenize(references[i]);
            hypLength += hyp.Length;
            refLength += reference.Length;
            for (var n = 1; n <= 4; n++)
            {
                var refCounts = NGrams(reference, n).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
                foreach (var group in NGrams(hyp, n).GroupBy(g => g))
                {
                    matches[n - 1] += Math.Min(group.Count(), refCounts.GetValueOrDefault(group.Key));
                }
                totals[n - 1] += Math.Max(0, hyp.Length - n + 1);
            }
        }
        if (matches.Any(m => m == 0))
        {
            return 0;
        }
        var logPrecision = Enumerable.Range(0, 4).Average(n => Math.Log((double)matches[n] / totals[n]));
        var brevity = hypLength >= refLength ? 1.0 : Math.Exp(1 - ((double)refLength / Math.Max(1, hypLength)));
        return 100 * brevity * Math.Exp(logPrecision);
    }

    public static string[] Tokenize(string code) => [.. Token().Matches(code).Select(m => m.Value)];

    private static IEnumerable<string> NGrams(string[] tokens, int n)
    {
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            yield return string.Join('\u0001', tokens, i, n);
        }
    }

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex Token();
}
