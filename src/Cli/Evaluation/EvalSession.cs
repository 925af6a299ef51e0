using System.Text.Json;
using CodeIntel.Evaluation.Reports;
using CodeIntel.Evaluation.Systems;

namespace CodeIntel.Cli.Evaluation;

/// <summary>
/// The runs of one <c>codeintel eval</c> invocation: prints each as it finishes, and at the end writes a JSON
/// file per run, <c>summary.md</c> and <c>report.html</c> under <c>--out</c>, prints the table and checks the
/// <c>--min</c> thresholds.
/// </summary>
internal sealed class EvalSession(TextWriter stdout, TextWriter stderr, string? outDirectory, IReadOnlyList<Threshold> thresholds, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly List<RunRecord> _runs = [];

    public IReadOnlyList<RunRecord> Runs => _runs;

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task AddAsync(SystemRun run, string dataset, IEnumerable<string> files, DateTimeOffset started, CancellationToken cancellationToken = default)
    {
        var record = RunRecord.From(run, dataset, files, started);
        _runs.Add(record);
        var summary = record.Unavailable is { } reason
            ? $"not available: {reason}"
            : string.Join("  ", record.Metrics.Select(m => $"{m.Key} {MarkdownReport.Format(m.Key, m.Value)}"));
        await stderr.WriteLineAsync($"{record.Task} {record.Dataset} {record.System}: {summary} ({record.Seconds:0.0} s)".AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the reports and returns the process exit code (threshold failures: <see cref="ExitCodes.ThresholdNotMet"/>).</summary>
    public async Task<int> FinishAsync(CancellationToken cancellationToken = default)
    {
        var table = MarkdownReport.Render(_runs);
        await stdout.WriteAsync(table.AsMemory(), cancellationToken).ConfigureAwait(false);
        if (outDirectory is not null)
        {
            Directory.CreateDirectory(outDirectory);
            foreach (var run in _runs)
            {
                var name = $"{run.Task}_{run.Dataset}_{run.System}".Replace('/', '-') + ".json";
                await File.WriteAllTextAsync(Path.Combine(outDirectory, name), JsonSerializer.Serialize(run, Json), cancellationToken).ConfigureAwait(false);
            }
            await File.WriteAllTextAsync(Path.Combine(outDirectory, "summary.md"), table, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(outDirectory, "report.html"), HtmlReport.Render(_runs), cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync($"codeintel: results in {outDirectory} ({_runs.Count} JSON files, summary.md, report.html)".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        var failures = Threshold.Check(thresholds, _runs);
        foreach (var failure in failures)
        {
            await stderr.WriteLineAsync($"codeintel: threshold not met: {failure}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        return failures.Count > 0 ? ExitCodes.ThresholdNotMet : ExitCodes.Success;
    }
}
