namespace CodeIntel.CloneDetection.Semantic;

/// <summary>
/// Zero-shot cross-language clone search: for each query function (say Java), rank every candidate (say C#) by
/// embedding cosine; the counterpart at the same index is the right answer. Reports the rank of each counterpart.
/// </summary>
public static class CrossLanguageSearch
{
    /// <summary>The 1-based rank of candidates[i] among all candidates for queries[i].</summary>
    public static async Task<int[]> RanksAsync(IUnitEmbedder embedder, IReadOnlyList<string> queries, IReadOnlyList<string> candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        if (queries.Count != candidates.Count)
        {
            throw new ArgumentException($"queries ({queries.Count}) and candidates ({candidates.Count}) must be parallel lists of the same length.");
        }
        var q = (await embedder.EmbedAsync(queries, cancellationToken).ConfigureAwait(false)).Select(VectorMath.Normalized).ToArray();
        var c = (await embedder.EmbedAsync(candidates, cancellationToken).ConfigureAwait(false)).Select(VectorMath.Normalized).ToArray();
        var ranks = new int[q.Length];
        for (var i = 0; i < q.Length; i++)
        {
            var target = VectorMath.Dot(q[i], c[i]);
            var rank = 1;
            for (var j = 0; j < c.Length; j++)
            {
                // Ties count against the counterpart: a rank is never flattered by equal scores.
                if (j != i && VectorMath.Dot(q[i], c[j]) >= target)
                {
                    rank++;
                }
            }
            ranks[i] = rank;
        }
        return ranks;
    }
}
