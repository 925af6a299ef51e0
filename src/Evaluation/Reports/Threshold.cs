using System.Globalization;

namespace CodeIntel.Evaluation.Reports;

/// <summary>A gate from <c>--min METRIC=VALUE</c>: every run that reports the metric must reach the value.</summary>
public sealed record Threshold(string Metric, double Minimum)
{
    public static Threshold Parse(string text)
    {
        var at = (text ?? throw new ArgumentNullException(nameof(text))).IndexOf('=', StringComparison.Ordinal);
        if (at <= 0 || !double.TryParse(text[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'--min {text}' is not METRIC=VALUE (e.g. --min BLEU=60).");
        }
        return new Threshold(text[..at].Trim(), value);
    }

    /// <summary>The failures of <paramref name="runs"/> against the thresholds, one line each; a threshold no run reports fails too.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<Threshold> thresholds, IReadOnlyList<RunRecord> runs)
    {
        var failures = new List<string>();
        foreach (var threshold in thresholds)
        {
            var reporting = runs.Where(r => r.Metrics.Keys.Any(k => string.Equals(k, threshold.Metric, StringComparison.OrdinalIgnoreCase))).ToList();
            if (reporting.Count == 0)
            {
                failures.Add($"no run reported {threshold.Metric} (asked for {threshold.Metric} >= {threshold.Minimum.ToString(CultureInfo.InvariantCulture)})");
            }
            foreach (var run in reporting)
            {
                var value = run.Metrics.First(m => string.Equals(m.Key, threshold.Metric, StringComparison.OrdinalIgnoreCase)).Value;
                if (value < threshold.Minimum)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{run.Task} {run.System}: {threshold.Metric} {value:0.####} < {threshold.Minimum}"));
                }
            }
        }
        return failures;
    }
}
