using System.Globalization;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Output;

/// <summary>One line per chunk (<c>path:lines kind symbol (tokens)</c>), then skipped files, warnings and a summary table.</summary>
internal sealed class TextChunkReportWriter(TextWriter output) : IChunkReportWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task WriteAsync(WorkspaceChunkResult result, CancellationToken cancellationToken = default)
    {
        if (result.Skipped is { } skipped)
        {
            await output.WriteLineAsync($"skipped  {skipped.RelativePath}: {skipped.Reason}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }
        var file = result.File!;
        foreach (var warning in file.Warnings)
        {
            await output.WriteLineAsync($"warning  {file.RelativePath}: {warning}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        foreach (var chunk in file.Chunks)
        {
            var part = chunk.PartCount > 1 ? string.Create(Invariant, $" [{chunk.Part}/{chunk.PartCount}]") : string.Empty;
            var line = string.Create(Invariant, $"{chunk.Path}:{chunk.StartLine}-{chunk.EndLine}  {chunk.Kind,-11} {chunk.SymbolPath}{part}  ({chunk.TokenCount} tokens)");
            await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteSummaryAsync(RunSummary summary, TimeSpan elapsed, CancellationToken cancellationToken = default)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{"language",-12} {"files",8} {"chunks",9} {"lines",10} {"KB",10}".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var (language, totals) in summary.Languages)
        {
            var row = string.Create(Invariant, $"{language,-12} {totals.Files,8} {totals.Chunks,9} {totals.Lines,10} {totals.Bytes / 1024.0,10:0.0}");
            await output.WriteLineAsync(row.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var total = string.Create(Invariant,
            $"{summary.Files} files, {summary.Chunks} chunks, {summary.Skipped} skipped, {summary.Warnings} warnings in {elapsed.TotalSeconds:0.00} s " +
            $"({summary.Bytes / 1024.0 / 1024.0 / seconds:0.0} MB/s, {summary.Files / seconds:0} files/s)");
        await output.WriteLineAsync(total.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
