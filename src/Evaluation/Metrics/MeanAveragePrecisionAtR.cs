namespace CodeIntel.Evaluation.Metrics;

/// <summary>
/// MAP@R (Musgrave et al., 2020), as the POJ-104 evaluator computes it: for a query with R relevant items, the
/// precision at each relevant hit among the first R results, summed and divided by R; averaged over queries.
/// </summary>
public sealed class MeanAveragePrecisionAtR
{
    private double _sum;

    public int Queries { get; private set; }

    public double Value => Queries == 0 ? 0 : _sum / Queries;

    /// <summary>Adds one query; only the first <c>relevant.Count</c> results of <paramref name="ranking"/> count.</summary>
    public void Add(IReadOnlyList<string> ranking, IReadOnlySet<string> relevant)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(relevant);
        Queries++;
        if (relevant.Count == 0)
        {
            return;
        }
        var hits = 0;
        var precisionSum = 0.0;
        for (var k = 0; k < Math.Min(relevant.Count, ranking.Count); k++)
        {
            if (relevant.Contains(ranking[k]))
            {
                hits++;
                precisionSum += (double)hits / (k + 1);
            }
        }
        _sum += precisionSum / relevant.Count;
    }
}
