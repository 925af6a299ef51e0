using System.Diagnostics;
using CodeIntel.Evaluation.Metrics;

namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>Indexes a data set's corpus with a system, runs every query and scores MRR and recall@10.</summary>
public static class CodeSearchEvaluator
{
    /// <summary>Ranks this deep (MRR@100): a hit below rank 100 adds under 0.01 to one query, under 0.0001 to a 500-query mean per query.</summary>
    public const int Depth = 100;

    public static async Task<CodeSearchResult> EvaluateAsync(
        ICodeSearchSystem system, CodeSearchDataset dataset, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        await system.IndexAsync(dataset.Corpus, cancellationToken).ConfigureAwait(false);
        var indexTime = clock.Elapsed;

        var mrr = new MeanReciprocalRank();
        var recalled = 0;
        var times = new List<double>(dataset.Queries.Count);
        foreach (var query in dataset.Queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            var ranking = await system.SearchAsync(query.Text, Depth, cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            mrr.Add(ranking, query.Relevant);
            if (ranking.Take(10).Any(query.Relevant.Contains))
            {
                recalled++;
            }
            progress?.Report(mrr.Queries);
        }
        times.Sort();
        var median = times.Count == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(times[times.Count / 2]);
        return new CodeSearchResult(dataset.Name, system.Name, mrr.Queries, mrr.Value, dataset.Queries.Count == 0 ? 0 : (double)recalled / dataset.Queries.Count, indexTime, median);
    }
}
