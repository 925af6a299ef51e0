using System.Diagnostics;
using CodeIntel.Evaluation.Metrics;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Evaluation.CloneSearch;

/// <summary>
/// Zero-shot cross-language clone search: each Java method of a parallel set queries all C# methods by cosine
/// similarity of their embeddings; its translation (and any identical copy of it) is the relevant answer.
/// Scored by MRR and MAP (mean average precision over the full ranking).
/// </summary>
public static class CrossLanguageCloneSearch
{
    public const string Task = "clone-java-cs";

    public static async Task<SystemRun> EvaluateAsync(ICodeEmbedder embedder, IReadOnlyList<string> queries, IReadOnlyList<string> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(candidates);
        var clock = Stopwatch.StartNew();
        var queryVectors = await embedder.EmbedAsync(queries, cancellationToken).ConfigureAwait(false);
        var candidateVectors = await embedder.EmbedAsync(candidates, cancellationToken).ConfigureAwait(false);

        var mrr = new MeanReciprocalRank();
        var averagePrecision = 0.0;
        for (var q = 0; q < queries.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var gold = candidates[q].Trim();
            var relevant = Enumerable.Range(0, candidates.Count).Where(c => candidates[c].Trim() == gold).Select(Id).ToHashSet();
            var ranking = Enumerable.Range(0, candidates.Count)
                .Select(c => (Id: Id(c), Score: Cosine(queryVectors[q], candidateVectors[c])))
                .OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => r.Id).ToList();
            mrr.Add(ranking, relevant);
            averagePrecision += AveragePrecision(ranking, relevant);
        }
        var score = new TaskScore(Task, queries.Count,
            [new Metric("MRR", mrr.Value), new Metric("MAP", queries.Count == 0 ? 0 : averagePrecision / queries.Count)]);
        return new SystemRun(Task, embedder.Name, score, null, clock.Elapsed);
    }

    private static string Id(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static double AveragePrecision(List<string> ranking, HashSet<string> relevant)
    {
        var hits = 0;
        var sum = 0.0;
        for (var k = 0; k < ranking.Count && hits < relevant.Count; k++)
        {
            if (relevant.Contains(ranking[k]))
            {
                hits++;
                sum += (double)hits / (k + 1);
            }
        }
        return relevant.Count == 0 ? 0 : sum / relevant.Count;
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
