namespace CodeIntel.Retrieval.Search;

/// <summary>
/// Combines a lexical and a dense ranking of the same query into one. Both inputs are best first.
/// <para>
/// Convex fusion normalises each retriever's scores to [0, 1] before weighting them: BM25 by its theoretical
/// minimum 0 and the best score of the query, cosine similarity by the worst and best candidate. A key missing
/// from one list gets that list's minimum (0). This is the "theoretical min-max" convex combination that
/// Bruch, Gai and Ingber found to beat reciprocal-rank fusion (An Analysis of Fusion Functions for Hybrid
/// Retrieval, ACM TOIS 2023): RRF throws the score gaps away, so a strong dense match and a weak lexical one
/// count the same as two middling ones.
/// </para>
/// </summary>
public static class Fusion
{
    public static List<RankedKey> Fuse(IReadOnlyList<RankedKey> lexical, IReadOnlyList<RankedKey> dense, FusionOptions options) =>
        options.Method switch
        {
            FusionMethod.ReciprocalRank => ReciprocalRank(lexical, dense, options.RrfK),
            _ => Convex(lexical, dense, options.Alpha ?? FusionOptions.DefaultAlpha),
        };

    public static List<RankedKey> ReciprocalRank(IReadOnlyList<RankedKey> lexical, IReadOnlyList<RankedKey> dense, int k)
    {
        var scores = new Dictionary<long, double>();
        foreach (var list in new[] { lexical, dense })
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                scores[list[rank].Key] = scores.GetValueOrDefault(list[rank].Key) + 1.0 / (k + rank + 1);
            }
        }
        return Sorted(scores);
    }

    public static List<RankedKey> Convex(IReadOnlyList<RankedKey> lexical, IReadOnlyList<RankedKey> dense, double alpha)
    {
        var scores = new Dictionary<long, double>();
        Add(scores, lexical, 1 - alpha, theoreticalMin: 0);
        Add(scores, dense, alpha, theoreticalMin: null);
        return Sorted(scores);
    }

    private static void Add(Dictionary<long, double> scores, IReadOnlyList<RankedKey> list, double weight, double? theoreticalMin)
    {
        if (list.Count == 0 || weight == 0)
        {
            foreach (var item in list)
            {
                scores.TryAdd(item.Key, 0);
            }
            return;
        }
        var max = list.Max(r => r.Score);
        var min = theoreticalMin ?? list.Min(r => r.Score);
        var range = max - min;
        foreach (var item in list)
        {
            var normalised = range > 0 ? Math.Clamp((item.Score - min) / range, 0, 1) : 1;
            scores[item.Key] = scores.GetValueOrDefault(item.Key) + weight * normalised;
        }
    }

    private static List<RankedKey> Sorted(Dictionary<long, double> scores)
    {
        var fused = scores.Select(p => new RankedKey(p.Key, p.Value)).ToList();
        fused.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Key.CompareTo(b.Key));
        return fused;
    }
}
