using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Phase 1: scan the tree, look at each file in parallel (time and size, then hash, then chunk), and commit the
/// verdicts in scan order, a few files per transaction. Files the scan no longer finds are deleted last, and only
/// after a complete scan, so a cancelled run never mistakes unscanned files for deleted ones.
/// </summary>
internal sealed class FilePhase(
    IndexStore store, WorkspaceChunker chunker, WorkspaceOptions workspaceOptions, IndexerOptions options, TimeProvider time)
{
    /// <summary>A batch is also committed once it holds this many chunks, so one transaction never grows huge.</summary>
    private const int ChunksPerTransaction = 4096;

    public void Run(string root, RunCounters counters, Action<IndexProgress> report, CancellationToken cancellationToken)
    {
        var writer = new FileBatchWriter(store);
        var stored = writer.LoadFiles();
        var scan = new WorkspaceScanner(workspaceOptions).Scan(root, cancellationToken);
        store.WriteRoot(Path.GetFullPath(root));
        var examiner = new FileExaminer(chunker, workspaceOptions, stored, time.GetUtcNow());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<FileOutcome>();
        var pendingChunks = 0;
        var started = time.GetTimestamp();

        void Flush()
        {
            if (pending.Count > 0)
            {
                counters.Written += writer.Write(pending, []);
                pending.Clear();
                pendingChunks = 0;
            }
        }

        var outcomes = scan
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(options.MaxParallelism ?? Math.Clamp(Environment.ProcessorCount, 1, 64))
            .WithCancellation(cancellationToken)
            .Select(item => examiner.Examine(item, cancellationToken));
        try
        {
            foreach (var outcome in outcomes)
            {
                Count(outcome, counters, seen);
                if (outcome.Kind is FileOutcomeKind.Touched or FileOutcomeKind.Chunked or FileOutcomeKind.Skipped)
                {
                    pending.Add(outcome);
                    pendingChunks += outcome.Chunks?.Chunks.Count ?? 0;
                    if (pending.Count >= options.FilesPerTransaction || pendingChunks >= ChunksPerTransaction)
                    {
                        Flush();
                    }
                }
                report(counters.Progress(IndexPhase.Files, counters.Written.ChunksAdded / Seconds(started)));
                // PLINQ may have looked at every file already; cancellation must still stop at this file's boundary.
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (OperationCanceledException)
        {
            // Keep the files already looked at: each is complete, and the next run will not redo them.
            Flush();
            throw;
        }
        Flush();

        var gone = stored.Keys.Where(path => !seen.Contains(path)).Order(StringComparer.Ordinal).ToList();
        foreach (var batch in gone.Chunk(options.FilesPerTransaction))
        {
            cancellationToken.ThrowIfCancellationRequested();
            counters.Written += writer.Write([], batch);
            counters.FilesDeleted += batch.Length;
        }
        report(counters.Progress(IndexPhase.Files, counters.Written.ChunksAdded / Seconds(started)));
    }

    private static void Count(FileOutcome outcome, RunCounters counters, HashSet<string> seen)
    {
        counters.FilesScanned++;
        switch (outcome.Kind)
        {
            case FileOutcomeKind.ScanSkipped:
                counters.Skipped.Add(new SkippedFile(outcome.Path, outcome.SkipReason!));
                return;
            case FileOutcomeKind.Vanished:
                return;
            case FileOutcomeKind.Unchanged or FileOutcomeKind.Touched:
                counters.FilesUnchanged++;
                break;
            default:
                if (outcome.IsNew)
                {
                    counters.FilesAdded++;
                }
                else
                {
                    counters.FilesChanged++;
                }
                break;
        }
        seen.Add(outcome.Path);
        if (outcome.SkipReason is { } reason)
        {
            counters.Skipped.Add(new SkippedFile(outcome.Path, reason));
        }
    }

    private double Seconds(long started) => Math.Max(time.GetElapsedTime(started).TotalSeconds, 1e-6);
}
