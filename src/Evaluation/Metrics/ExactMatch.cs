namespace CodeIntel.Evaluation.Metrics;

/// <summary>Exact match as the CodeXGLUE translation and refinement evaluators count it: stripped lines equal, in percent.</summary>
public static class ExactMatch
{
    public static double Percent(IReadOnlyList<string> references, IReadOnlyList<string> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(hypotheses);
        if (references.Count != hypotheses.Count)
        {
            throw new ArgumentException($"{references.Count} references but {hypotheses.Count} hypotheses.", nameof(hypotheses));
        }
        if (references.Count == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < references.Count; i++)
        {
            if (string.Equals(references[i].Trim(), hypotheses[i].Trim(), StringComparison.Ordinal))
            {
                same++;
            }
        }
        return 100.0 * same / references.Count;
    }
}
