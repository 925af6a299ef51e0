using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.Workspace;

/// <summary>
/// Scans a directory tree, loads and chunks every source file in parallel, and yields results in the scan's
/// order. One bad file never stops the run: it comes back as skipped, with the reason.
/// </summary>
public sealed class WorkspaceChunker(SourceChunker chunker, LanguageDetector detector, WorkspaceOptions? options = null)
{
    private readonly WorkspaceScanner _scanner = new(options);
    private readonly SourceFileLoader _loader = new(options);

    /// <param name="rootPath">A directory, or a single file.</param>
    /// <param name="maxParallelism">Files chunked at once; defaults to the processor count.</param>
    /// <param name="cancellationToken">Stops the scan and the chunking.</param>
    public IEnumerable<WorkspaceChunkResult> Chunk(string rootPath, int? maxParallelism = null, CancellationToken cancellationToken = default) =>
        _scanner.Scan(rootPath, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Clamp(maxParallelism ?? Environment.ProcessorCount, 1, 64))
            .WithCancellation(cancellationToken)
            .Select(item => item.File is { } file ? ChunkFile(file, cancellationToken) : new WorkspaceChunkResult(null, item.Skipped));

    /// <summary>
    /// Loads, resolves the language of and chunks one scanned file, as <see cref="Chunk"/> does for each file of a
    /// tree. For callers that scan first and chunk only some files (an incremental index re-chunks changed files only).
    /// </summary>
    public WorkspaceChunkResult ChunkFile(WorkspaceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = _loader.Load(file, out var skipped, cancellationToken);
        if (document is null)
        {
            return new WorkspaceChunkResult(null, skipped);
        }
        try
        {
            var language = detector.Resolve(document.RelativePath, document.Text, cancellationToken) ?? Language.PlainText;
            var result = chunker.Chunk(document.RelativePath, language, document.Text, cancellationToken);
            var warnings = document.Warnings.Concat(result.Warnings).Distinct(StringComparer.Ordinal).ToList();
            return new WorkspaceChunkResult(
                new FileChunks(document.RelativePath, language, document.Text.Length, document.Text.LineCount, result.Chunks, warnings), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new WorkspaceChunkResult(null, new SkippedFile(file.RelativePath, $"chunking failed ({e.GetType().Name}: {e.Message})"));
        }
    }
}
