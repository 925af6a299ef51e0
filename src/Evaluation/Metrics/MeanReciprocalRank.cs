namespace CodeIntel.Evaluation.Metrics;

/// <summary>
/// Mean reciprocal rank, as the CoSQA/CodeXGLUE retrieval evaluators compute it: for each query, 1 / rank of
/// the first relevant result (0 when none is retrieved), averaged over all queries.
/// </summary>
public sealed class MeanReciprocalRank
{
    private double _sum;

    public int Queries { get; private set; }

    public double Value => Queries == 0 ? 0 : _sum / Queries;

    /// <summary>Adds one query's ranking (best first) and the ids that count as correct.</summary>
    public void Add(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        Queries++;
        for (var i = 0; i < ranking.Count; i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                _sum += 1.0 / (i + 1);
                return;
            }
        }
    }
}
