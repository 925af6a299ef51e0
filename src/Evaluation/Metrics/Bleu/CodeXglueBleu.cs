namespace CodeIntel.Evaluation.Metrics.Bleu;

/// <summary>
/// Corpus BLEU-4 as the CodeXGLUE code-to-code translation and code refinement evaluators compute it (their
/// <c>bleu.py</c>, derived from the TensorFlow NMT one): whitespace tokens of each stripped line, n-gram matches
/// clipped by the reference counts and summed over the corpus, add-one smoothing of every order's precision,
/// brevity penalty from the summed shortest reference lengths. Scores are 0..100 like the evaluator prints them.
/// </summary>
public static class CodeXglueBleu
{
    public const int MaxOrder = 4;

    /// <summary>BLEU of line-aligned hypotheses against one reference each (the evaluators' case).</summary>
    public static BleuScore Corpus(IReadOnlyList<string> references, IReadOnlyList<string> hypotheses, bool smooth = true)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(hypotheses);
        if (references.Count != hypotheses.Count)
        {
            throw new ArgumentException($"{references.Count} references but {hypotheses.Count} hypotheses.", nameof(hypotheses));
        }
        var matches = new long[MaxOrder];
        var possible = new long[MaxOrder];
        long referenceLength = 0;
        long translationLength = 0;
        for (var i = 0; i < references.Count; i++)
        {
            var reference = Tokens.Whitespace(references[i]);
            var translation = Tokens.Whitespace(hypotheses[i]);
            referenceLength += reference.Length;
            translationLength += translation.Length;
            for (var order = 1; order <= MaxOrder; order++)
            {
                var referenceCounts = NGrams.Count(reference, order);
                foreach (var (gram, count) in NGrams.Count(translation, order))
                {
                    matches[order - 1] += Math.Min(count, referenceCounts.GetValueOrDefault(gram));
                }
                var possibleHere = translation.Length - order + 1;
                if (possibleHere > 0)
                {
                    possible[order - 1] += possibleHere;
                }
            }
        }

        var precisions = new double[MaxOrder];
        for (var i = 0; i < MaxOrder; i++)
        {
            precisions[i] = smooth
                ? (matches[i] + 1.0) / (possible[i] + 1.0)
                : possible[i] > 0 ? (double)matches[i] / possible[i] : 0;
        }
        var geometricMean = precisions.Min() > 0 ? Math.Exp(precisions.Sum(p => Math.Log(p) / MaxOrder)) : 0;
        // The script divides by zero on an empty corpus; an empty corpus scores zero here instead.
        var ratio = referenceLength == 0 ? 0 : (double)translationLength / referenceLength;
        var brevity = ratio > 1.0 ? 1.0 : ratio == 0 ? 0 : Math.Exp(1 - 1.0 / ratio);
        return new BleuScore(100 * geometricMean * brevity, precisions, brevity, ratio, translationLength, referenceLength);
    }
}
