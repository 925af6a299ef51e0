using System.Globalization;
using System.Net;
using System.Text;

namespace CodeIntel.Evaluation.Reports;

/// <summary>
/// A self-contained HTML report: the run table and, per metric, a horizontal bar chart comparing systems as
/// inline SVG (no scripts, styles or fonts fetched from anywhere, so it opens the same offline and in CI artefacts).
/// </summary>
public static class HtmlReport
{
    private const int BarWidth = 360;
    private const int RowHeight = 22;

    public static string Render(IReadOnlyList<RunRecord> runs, string title = "CodeIntel evaluation")
    {
        ArgumentNullException.ThrowIfNull(runs);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(E(title)).AppendLine("</title>")
            .AppendLine("<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:nth-child(-n+3),th:nth-child(-n+3){text-align:left}.na{color:#a33}svg text{font-size:12px}</style>")
            .AppendLine("</head><body>")
            .Append("<h1>").Append(E(title)).AppendLine("</h1>");
        var metrics = runs.SelectMany(r => r.Metrics.Keys).Distinct(StringComparer.Ordinal).ToList();

        html.Append("<table><tr><th>task</th><th>dataset</th><th>system</th><th>items</th>");
        foreach (var metric in metrics)
        {
            html.Append("<th>").Append(E(metric)).Append("</th>");
        }
        html.AppendLine("<th>seconds</th><th>data sha256</th></tr>");
        foreach (var run in runs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(run.Task)}</td><td>{E(run.Dataset)}</td><td>{E(run.System)}</td>");
            if (run.Unavailable is { } reason)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"na\" colspan=\"{metrics.Count + 2}\">not available: {E(reason)}</td><td>{E(run.DataHash[..12])}</td></tr>").AppendLine();
                continue;
            }
            html.Append(CultureInfo.InvariantCulture, $"<td>{run.Items}</td>");
            foreach (var metric in metrics)
            {
                html.Append("<td>").Append(run.Metrics.TryGetValue(metric, out var v) ? MarkdownReport.Format(metric, v) : "").Append("</td>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<td>{run.Seconds:0.0}</td><td>{E(run.DataHash[..12])}</td></tr>").AppendLine();
        }
        html.AppendLine("</table>");

        foreach (var metric in metrics)
        {
            var bars = runs.Where(r => r.Metrics.ContainsKey(metric)).Select(r => (Label: $"{r.Task} {r.Dataset} · {r.System}", Value: r.Metrics[metric])).ToList();
            html.Append("<h2>").Append(E(metric)).AppendLine("</h2>").AppendLine(Chart(metric, bars));
        }
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static string Chart(string metric, List<(string Label, double Value)> bars)
    {
        var scale = MarkdownReport.IsPercent(metric) ? 100.0 : Math.Max(1.0, bars.Max(b => b.Value));
        const int labelWidth = 330;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{E(metric)}\" width=\"{labelWidth + BarWidth + 70}\" height=\"{(bars.Count * RowHeight) + 6}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = (i * RowHeight) + 3;
            var width = Math.Max(0, bars[i].Value / scale * BarWidth);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 15}\">{E(bars[i].Label)}</text><rect x=\"{labelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{RowHeight - 6}\" fill=\"#3b6fb6\"/><text x=\"{labelWidth + width + 4:0.#}\" y=\"{y + 15}\">{MarkdownReport.Format(metric, bars[i].Value)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
