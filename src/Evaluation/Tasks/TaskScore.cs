namespace CodeIntel.Evaluation.Tasks;

/// <summary>The metrics of one task on one set of outputs, and how many items were scored.</summary>
public sealed record TaskScore(string Task, int Items, IReadOnlyList<Metric> Metrics)
{
    /// <summary>The metric with this name (case-insensitive), or null.</summary>
    public Metric? Find(string name) => Metrics.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
