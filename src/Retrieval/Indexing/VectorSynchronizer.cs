using System.Globalization;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Keeps the vector index (derived) in step with the store (the source of truth). Every change is journalled in
/// SQLite before it is sent; after a checkpoint makes the sent changes durable, the journal moves into
/// <c>vector_synced</c>. After a crash the journal's keys are uncertain, so they are resolved against the store and
/// sent again (upserts and deletes are idempotent). See the README for the argument that this leaves no orphan or
/// missing vector.
/// </summary>
internal sealed class VectorSynchronizer(IndexStore store, VectorJournal journal, VectorIndexTarget target, IndexerOptions options)
{
    /// <summary>Points per upsert or delete call.</summary>
    private const int BatchSize = 256;

    /// <summary>Keys per delete call when emptying an index whose keys are unknown.</summary>
    private const int RangeDeleteBatch = 4096;

    private int _unsaved;

    /// <summary>
    /// Replays the journal of an interrupted run, then checks the vector index's count against <c>vector_synced</c>.
    /// On a mismatch (the vector file was lost, replaced or restored from elsewhere) the index is emptied of every
    /// key this store ever issued and rebuilt from the cached vectors by the passes that follow.
    /// </summary>
    /// <returns>Why the vector index is being rebuilt, or null.</returns>
    public async Task<string?> RecoverAsync(CancellationToken cancellationToken)
    {
        var uncertain = journal.JournalKeys();
        foreach (var batch in uncertain.Chunk(BatchSize))
        {
            await ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        if (uncertain.Count > 0)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
        var count = await target.Index.CountAsync(cancellationToken).ConfigureAwait(false);
        var synced = journal.SyncedCount();
        if (count == synced)
        {
            return null;
        }
        if (count > 0)
        {
            var max = journal.MaxIssuedKey();
            for (var start = 1L; start <= max; start += RangeDeleteBatch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var keys = Enumerable.Range(0, (int)Math.Min(RangeDeleteBatch, max - start + 1)).Select(i => start + i).ToList();
                await target.Index.DeleteAsync(keys, cancellationToken).ConfigureAwait(false);
            }
            await SaveAsync(cancellationToken).ConfigureAwait(false);
            var left = await target.Index.CountAsync(cancellationToken).ConfigureAwait(false);
            if (left > 0)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The vector index holds {left} points under keys this index never issued (it issued up to {max}), so it " +
                    $"belongs to another index. Delete the vector index (its file, or its Qdrant collection) and run again."));
            }
        }
        // Not journalled: until this commits, the next run sees the same mismatch and starts the rebuild over.
        journal.ForgetAll();
        return string.Create(CultureInfo.InvariantCulture,
            $"the vector index held {count} points but the store recorded {synced} at its last checkpoint " +
            $"(its file was lost, replaced or written by another index); it was emptied and refilled from the cached vectors");
    }

    /// <summary>Deletes the vectors of chunks that are gone.</summary>
    public Task DeleteOrphansAsync(CancellationToken cancellationToken) => ApplyPagesAsync(journal.OrphansAfter, cancellationToken);

    /// <summary>Upserts every chunk with a cached vector that the vector index lacks or holds with an old payload.</summary>
    public Task<int> UpsertUnsyncedAsync(CancellationToken cancellationToken) => ApplyPagesAsync(journal.UnsyncedAfter, cancellationToken);

    /// <summary>Applies the keys a journal query pages through (keys after a key, a batch at a time); returns how many.</summary>
    private async Task<int> ApplyPagesAsync(Func<long, int, IReadOnlyList<long>> page, CancellationToken cancellationToken)
    {
        var sent = 0;
        for (var after = 0L; page(after, BatchSize) is { Count: > 0 } keys; after = keys[^1])
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ApplyAsync(keys, cancellationToken).ConfigureAwait(false);
            sent += keys.Count;
        }
        return sent;
    }

    /// <summary>Upserts the chunks whose content just got a vector.</summary>
    public async Task UpsertContentAsync(IReadOnlyCollection<string> contentHashes, CancellationToken cancellationToken)
    {
        foreach (var batch in journal.KeysWithContent(contentHashes).Chunk(BatchSize))
        {
            await ApplyAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes everything sent durable and records the generation the vector index now reflects.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_unsaved > 0)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Nothing sent since the last checkpoint: the vector index already reflects the current generation.
            journal.Commit(store.ReadGeneration());
        }
    }

    /// <summary>Deletes every key the store knows the vector index may hold (before a reset of the whole index).</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        // Not journalled: the store's identity changes only after this returns, so a crash repeats the purge.
        foreach (var batch in journal.AllTrackedKeys().Chunk(RangeDeleteBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await target.Index.DeleteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resolves <paramref name="keys"/> against the store (upsert if chunk and vector exist, else delete), journals, sends.</summary>
    private async Task ApplyAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken)
    {
        var points = journal.LoadPoints(keys);
        var present = points.Select(p => p.Key).ToHashSet();
        var deletes = keys.Where(k => !present.Contains(k)).ToList();
        journal.Record(present, deletes);
        if (points.Count > 0)
        {
            await target.Index.UpsertAsync(points, cancellationToken).ConfigureAwait(false);
        }
        if (deletes.Count > 0)
        {
            await target.Index.DeleteAsync(deletes, cancellationToken).ConfigureAwait(false);
        }
        _unsaved += keys.Count;
        if (target.Checkpoint is null || _unsaved >= options.VectorCheckpointInterval)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        var generation = store.ReadGeneration();
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        journal.Commit(generation);
        _unsaved = 0;
    }

    private Task SaveAsync(CancellationToken cancellationToken) =>
        target.Checkpoint is { } checkpoint ? checkpoint(store.ReadGeneration(), cancellationToken) : Task.CompletedTask;
}
