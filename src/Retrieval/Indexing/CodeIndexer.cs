using System.Globalization;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Brings an <see cref="IndexStore"/> and a vector index up to date with a source tree, incrementally: only new
/// and changed files are chunked, only contents never embedded before are embedded, and only the vector keys that
/// changed are sent. Safe to kill at any moment: the next run finishes the work without duplicates or orphans.
/// Owns none of the objects it is given.
/// </summary>
public sealed class CodeIndexer
{
    private readonly IndexStore _store;
    private readonly IEmbedder _embedder;
    private readonly VectorIndexTarget _vectors;
    private readonly WorkspaceChunker _chunker;
    private readonly string _chunkerVersion;
    private readonly WorkspaceOptions _workspaceOptions;
    private readonly IndexerOptions _options;
    private readonly TimeProvider _time;
    private int _running;

    public CodeIndexer(
        IndexStore store,
        IEmbedder embedder,
        VectorIndexTarget vectors,
        SourceChunker chunker,
        LanguageDetector detector,
        WorkspaceOptions? workspaceOptions = null,
        IndexerOptions? options = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(chunker);
        ArgumentNullException.ThrowIfNull(detector);
        _store = store;
        _embedder = embedder;
        _vectors = vectors;
        _workspaceOptions = workspaceOptions ?? new WorkspaceOptions();
        _chunker = new WorkspaceChunker(chunker, detector, _workspaceOptions);
        // The options shape the chunks as much as the code does: a change re-chunks everything.
        var o = chunker.Options;
        _chunkerVersion = string.Create(CultureInfo.InvariantCulture,
            $"{SourceChunker.Version};max-tokens={o.MaxTokens};overlap={o.OverlapLines};tokens={o.TokenCounter.GetType().Name}");
        _options = options ?? new IndexerOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The identity this indexer writes: its embedder, the chunker's version and options, the analyzer's version.</summary>
    public IndexIdentity Identity => new(_embedder.Info.Identity, _embedder.Info.Dimensions, _chunkerVersion, CodeAnalyzer.Version);

    /// <summary>
    /// Indexes <paramref name="root"/> (a directory, or one file). Phase 1 commits files as it goes, so lexical search
    /// sees them before embedding starts; phase 2 embeds and fills the vector index. Paths are stored relative to
    /// <paramref name="root"/>; files the scan no longer finds are removed.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Nothing exists at <paramref name="root"/> (the index is left as it was).</exception>
    /// <exception cref="IOException">Another process is updating the same index.</exception>
    /// <exception cref="InvalidOperationException">This indexer is already running an update.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was committed stays, and the next run resumes from it.</exception>
    public async Task<IndexRunSummary> UpdateAsync(
        string root, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var fullRoot = Path.GetFullPath(root);
        if (!File.Exists(fullRoot) && !Directory.Exists(fullRoot))
        {
            // Checked before anything is written: a mistyped path must not reset or empty an index.
            throw new DirectoryNotFoundException(
                $"Cannot index '{root}': there is no directory or file at '{fullRoot}'. Check the path; a relative path is resolved against the current directory.");
        }
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("An update of this index is already running; await it before starting another.");
        }
        try
        {
            using var writerLock = _store.AcquireWriterLock();
            return await RunAsync(root, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task<IndexRunSummary> RunAsync(string root, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var counters = new RunCounters();
        void Report(IndexProgress value) => progress?.Report(value);
        var journal = new VectorJournal(_store, _embedder.Info.Dimensions);
        var synchronizer = new VectorSynchronizer(_store, journal, _vectors, _options);

        var started = _time.GetTimestamp();
        counters.ResetReason = await EnsureIdentityAsync(synchronizer, cancellationToken).ConfigureAwait(false);
        counters.VectorRebuildReason = await synchronizer.RecoverAsync(cancellationToken).ConfigureAwait(false);
        var recovery = _time.GetElapsedTime(started);

        started = _time.GetTimestamp();
        new FilePhase(_store, _chunker, _workspaceOptions, _options, _time).Run(root, counters, Report, cancellationToken);
        counters.FilesElapsed = _time.GetElapsedTime(started);

        started = _time.GetTimestamp();
        Report(counters.Progress(IndexPhase.Vectors, 0));
        await synchronizer.DeleteOrphansAsync(cancellationToken).ConfigureAwait(false);
        await synchronizer.UpsertUnsyncedAsync(cancellationToken).ConfigureAwait(false);
        var vectorsBefore = _time.GetElapsedTime(started);

        started = _time.GetTimestamp();
        var cache = new EmbeddingCache(_store);
        await new EmbeddingPhase(cache, synchronizer, _embedder, _options, _time).RunAsync(counters, Report, cancellationToken).ConfigureAwait(false);
        counters.EmbeddingElapsed = _time.GetElapsedTime(started);

        started = _time.GetTimestamp();
        await synchronizer.FinishAsync(cancellationToken).ConfigureAwait(false);
        cache.Prune(_options.UnreferencedEmbeddingsKept);
        counters.VectorsElapsed = recovery + vectorsBefore + _time.GetElapsedTime(started);

        var summary = counters.ToSummary(_store.GetState());
        Report(counters.Progress(IndexPhase.Vectors, 0));
        return summary;
    }

    /// <summary>Writes the identity into a new index; clears an index made with another one. Returns why it was cleared.</summary>
    private async Task<string?> EnsureIdentityAsync(VectorSynchronizer synchronizer, CancellationToken cancellationToken)
    {
        var expected = Identity;
        var stored = _store.ReadIdentity();
        if (stored is null)
        {
            _store.Reset(expected);
            return null;
        }
        if (expected.DescribeChangeFrom(stored) is not { } change)
        {
            return null;
        }
        // Old vectors go first, while the store still knows their keys.
        await synchronizer.PurgeAsync(cancellationToken).ConfigureAwait(false);
        _store.Reset(expected);
        return $"the index identity changed ({change}); everything was indexed again from scratch";
    }
}
