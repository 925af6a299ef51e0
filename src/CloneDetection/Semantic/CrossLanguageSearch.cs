namespace CodeIntel.CloneDetection.Semantic;

/// <summary>
/// Zero-shot cross-language clone search: for each query function (say Java), rank every candidate (say C#) by
/// embedding cosine; the counterpart at the same index is the right answer.
/// </summary>
public static class CrossLanguageSearch
{
    /// <summary>Embeds both sides once and ranks in both directions.</summary>
    public static async Task<(CrossLanguageRanking Forward, CrossLanguageRanking Backward)> RunAsync(IUnitEmbedder embedder,
        IReadOnlyList<string> queries, IReadOnlyList<string> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        if (queries.Count != candidates.Count)
        {
            throw new ArgumentException($"queries ({queries.Count}) and candidates ({candidates.Count}) must be parallel lists of the same length.");
        }
        var q = (await embedder.EmbedAsync(queries, cancellationToken).ConfigureAwait(false)).Select(VectorMath.Normalized).ToArray();
        var c = (await embedder.EmbedAsync(candidates, cancellationToken).ConfigureAwait(false)).Select(VectorMath.Normalized).ToArray();
        return (Rank(q, c), Rank(c, q));
    }

    /// <summary>The 1-based rank of candidates[i] among all candidates for queries[i].</summary>
    public static async Task<int[]> RanksAsync(IUnitEmbedder embedder, IReadOnlyList<string> queries, IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default) =>
        (await RunAsync(embedder, queries, candidates, cancellationToken).ConfigureAwait(false)).Forward.Ranks;

    private static CrossLanguageRanking Rank(float[][] queries, float[][] candidates)
    {
        var ranks = new int[queries.Length];
        var counterpart = new float[queries.Length];
        var bestOther = new float[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            var target = VectorMath.Dot(queries[i], candidates[i]);
            var rank = 1;
            var best = float.MinValue;
            for (var j = 0; j < candidates.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }
                var score = VectorMath.Dot(queries[i], candidates[j]);
                best = Math.Max(best, score);
                // Ties count against the counterpart: a rank is never flattered by equal scores.
                rank += score >= target ? 1 : 0;
            }
            (ranks[i], counterpart[i], bestOther[i]) = (rank, target, best);
        }
        return new CrossLanguageRanking(ranks, counterpart, bestOther);
    }
}
