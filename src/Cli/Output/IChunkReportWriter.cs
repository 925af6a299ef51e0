using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Cli.Output;

/// <summary>Writes the results of <c>codeintel chunks</c> as they stream in: human-readable text or JSON.</summary>
internal interface IChunkReportWriter : IAsyncDisposable
{
    Task WriteAsync(WorkspaceChunkResult result, CancellationToken cancellationToken = default);

    Task WriteSummaryAsync(RunSummary summary, TimeSpan elapsed, CancellationToken cancellationToken = default);
}
