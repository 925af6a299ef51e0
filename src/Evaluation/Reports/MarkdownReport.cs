using System.Globalization;
using System.Text;

namespace CodeIntel.Evaluation.Reports;

/// <summary>A Markdown table of runs: one row per task and system, one column per metric any run reports.</summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var metrics = runs.SelectMany(r => r.Metrics.Keys).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("| task | dataset | system | items | ").Append(string.Concat(metrics.Select(m => m + " | "))).AppendLine("seconds |");
        text.Append("|---|---|---|---:|").Append(string.Concat(metrics.Select(_ => "---:|"))).AppendLine("---:|");
        foreach (var run in runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {run.Task} | {run.Dataset} | {run.System} | ");
            if (run.Unavailable is { } reason)
            {
                text.Append("- | ").Append(string.Concat(metrics.Select(_ => "- | "))).Append(CultureInfo.InvariantCulture, $"not available: {reason.Replace('|', '/')} |").AppendLine();
                continue;
            }
            text.Append(run.Items.ToString(CultureInfo.InvariantCulture)).Append(" | ");
            foreach (var metric in metrics)
            {
                text.Append(run.Metrics.TryGetValue(metric, out var v) ? Format(metric, v) : "").Append(" | ");
            }
            text.Append(run.Seconds.ToString("0.0", CultureInfo.InvariantCulture)).AppendLine(" |");
        }
        return text.ToString();
    }

    /// <summary>Percent-scale metrics with two decimals, the evaluators' 0..1 ones with four.</summary>
    public static string Format(string metric, double value) =>
        value.ToString(IsPercent(metric) ? "0.00" : "0.0000", CultureInfo.InvariantCulture);

    public static bool IsPercent(string metric) =>
        metric is "BLEU" or "EM" or "CodeBLEU" or "ngram" or "weighted-ngram" or "syntax" or "dataflow";
}
