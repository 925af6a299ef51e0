namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Length-bucketed dynamic batching. Texts are sorted by token count, longest first, and cut into batches whose
/// padded size (texts × longest text) stays within a token budget, so each batch holds texts of similar length and
/// little of the work is spent on padding. Batches of short texts grow large; a batch of long texts stays small,
/// which bounds memory. The caller restores input order through the indices.
/// </summary>
internal static class BatchPlanner
{
    /// <summary>Batches of indices into <paramref name="lengths"/>, each sorted by length descending.</summary>
    public static List<int[]> Plan(IReadOnlyList<int> lengths, int maxBatchTokens, int maxBatchSize)
    {
        var order = Enumerable.Range(0, lengths.Count).OrderByDescending(i => lengths[i]).ThenBy(i => i).ToArray();
        var batches = new List<int[]>();
        var start = 0;
        while (start < order.Length)
        {
            var longest = Math.Max(lengths[order[start]], 1);
            // A text longer than the whole budget still goes alone rather than not at all.
            var size = Math.Clamp(maxBatchTokens / longest, 1, maxBatchSize);
            size = Math.Min(size, order.Length - start);
            batches.Add(order[start..(start + size)]);
            start += size;
        }
        return batches;
    }

    /// <summary>Padded tokens the plan feeds the model: the cost that bucketing keeps close to the real tokens.</summary>
    public static long PaddedTokens(IReadOnlyList<int> lengths, IEnumerable<int[]> batches) =>
        batches.Sum(b => (long)b.Length * lengths[b[0]]);
}
