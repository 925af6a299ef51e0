namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// The corpus BLEU inside CodeBLEU (its <c>bleu.py</c> and <c>weighted_ngram_match.py</c>, both derived from
/// NLTK): modified n-gram precision summed over the corpus, smoothing "method 1" (a zero numerator becomes 0.1),
/// brevity penalty from the closest reference length. 0..1.
/// </summary>
internal static class NltkBleu
{
    private const double Epsilon = 0.1;
    private const int MaxOrder = 4;

    /// <summary>The n-gram match: plain BLEU-4 over whitespace tokens.</summary>
    public static double Corpus(IReadOnlyList<IReadOnlyList<string[]>> references, IReadOnlyList<string[]> hypotheses)
    {
        var numerators = new double[MaxOrder];
        var denominators = new double[MaxOrder];
        long hypothesisLength = 0, referenceLength = 0;
        for (var s = 0; s < hypotheses.Count; s++)
        {
            var hypothesis = hypotheses[s];
            for (var n = 1; n <= MaxOrder; n++)
            {
                var counts = Bleu.NGrams.Count(hypothesis, n);
                var maxCounts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var reference in references[s])
                {
                    foreach (var (gram, count) in Bleu.NGrams.Count(reference, n))
                    {
                        maxCounts[gram] = Math.Max(maxCounts.GetValueOrDefault(gram), count);
                    }
                }
                numerators[n - 1] += counts.Sum(c => Math.Min(c.Value, maxCounts.GetValueOrDefault(c.Key)));
                denominators[n - 1] += Math.Max(1, counts.Values.Sum());
            }
            hypothesisLength += hypothesis.Length;
            referenceLength += ClosestLength(references[s].Select(r => r.Length), hypothesis.Length);
        }
        return Combine(numerators, denominators, hypothesisLength, referenceLength);
    }

    /// <summary>
    /// The weighted n-gram match: unigram matches and counts weighted by <paramref name="weightOf"/> (1 for a
    /// keyword, 0.2 otherwise), counted against each reference (a recall), higher orders unweighted.
    /// </summary>
    public static double Weighted(IReadOnlyList<IReadOnlyList<string[]>> references, IReadOnlyList<string[]> hypotheses, Func<string, double> weightOf)
    {
        var numerators = new double[MaxOrder];
        var denominators = new double[MaxOrder];
        long hypothesisLength = 0, referenceLength = 0;
        for (var s = 0; s < hypotheses.Count; s++)
        {
            var hypothesis = hypotheses[s];
            for (var n = 1; n <= MaxOrder; n++)
            {
                var counts = Bleu.NGrams.Count(hypothesis, n);
                foreach (var reference in references[s])
                {
                    var referenceCounts = Bleu.NGrams.Count(reference, n);
                    double clipped = 0, total = 0;
                    foreach (var (gram, count) in referenceCounts)
                    {
                        var weight = n == 1 ? weightOf(gram) : 1;
                        clipped += weight * Math.Min(count, counts.GetValueOrDefault(gram));
                        total += weight * count;
                    }
                    numerators[n - 1] += clipped;
                    denominators[n - 1] += Math.Max(1, total);
                }
            }
            hypothesisLength += hypothesis.Length;
            // The official script measures each reference as the pair [tokens, weights], so every reference
            // "has length 2" and the brevity penalty is 1 unless the hypotheses average under two tokens.
            // Reproduced, so the scores stay comparable with published ones.
            referenceLength += 2;
        }
        return Combine(numerators, denominators, hypothesisLength, referenceLength);
    }

    private static double Combine(double[] numerators, double[] denominators, long hypothesisLength, long referenceLength)
    {
        if (numerators[0] == 0)
        {
            return 0;
        }
        var logSum = 0.0;
        for (var i = 0; i < MaxOrder; i++)
        {
            var numerator = numerators[i] == 0 ? Epsilon : numerators[i];
            logSum += 0.25 * Math.Log(numerator / denominators[i]);
        }
        return BrevityPenalty(referenceLength, hypothesisLength) * Math.Exp(logSum);
    }

    private static double BrevityPenalty(long referenceLength, long hypothesisLength) =>
        hypothesisLength > referenceLength ? 1 : hypothesisLength == 0 ? 0 : Math.Exp(1 - (double)referenceLength / hypothesisLength);

    /// <summary>The reference length closest to the hypothesis length; the shorter one on a tie.</summary>
    private static int ClosestLength(IEnumerable<int> lengths, int hypothesisLength) =>
        lengths.OrderBy(l => Math.Abs(l - hypothesisLength)).ThenBy(l => l).First();
}
