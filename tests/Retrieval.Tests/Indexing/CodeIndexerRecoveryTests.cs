using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class CodeIndexerRecoveryTests
{
    private static readonly IndexerOptions SmallBatches = new() { EmbeddingBatchSize = 4, FilesPerTransaction = 2, VectorCheckpointInterval = 8 };

    [Fact]
    public async Task UpdateAsync_CancelledDuringFiles_NextRunEndsLikeACleanIndex()
    {
        using var clean = new IndexFixture();
        using var fixture = new IndexFixture();
        SampleTree.Write(clean.Tree, 30);
        SampleTree.Write(fixture.Tree, 30);
        await clean.UpdateAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<IndexProgress>(p =>
        {
            if (p.Phase == IndexPhase.Files && p.FilesScanned == 7)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fixture.Indexer(SmallBatches).UpdateAsync(fixture.Tree.Root, progress, cancel.Token));
        var partial = fixture.Store.GetState();
        var summary = await fixture.Indexer(SmallBatches).UpdateAsync(fixture.Tree.Root);

        Assert.InRange(partial.Files, 1, 29);
        Assert.Equal(30 - partial.Files, summary.FilesAdded);
        Assert.Equal(clean.Chunks().Select(c => c.Id).Order(), fixture.Chunks().Select(c => c.Id).Order());
        Assert.Equal(fixture.Embedder.Embedded.Count, fixture.Embedder.Embedded.Distinct().Count());
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_CancelledDuringEmbedding_ResumesWithoutEmbeddingAnythingTwice()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 30);
        using var cancel = new CancellationTokenSource();
        var batches = 0;
        fixture.Embedder = new TrigramEmbedder(delayPerBatch: TimeSpan.FromMilliseconds(1), onBatch: _ =>
        {
            if (++batches == 3)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fixture.Indexer(SmallBatches).UpdateAsync(fixture.Tree.Root, null, cancel.Token));
        var partial = fixture.Store.GetState();
        await fixture.Indexer(SmallBatches).UpdateAsync(fixture.Tree.Root);

        Assert.Equal(8, partial.ChunksEmbedded);
        Assert.Equal(8, partial.ChunksInVectorIndex);
        Assert.Equal(fixture.Chunks().Select(c => c.ContentHash).Distinct().Count(), fixture.Embedder.Embedded.Count);
        Assert.Equal(fixture.Embedder.Embedded.Count, fixture.Embedder.Embedded.Distinct().Count());
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_CrashBeforeVectorCheckpoint_ReplaysTheJournalFromTheSavedFile()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 30);
        var file = Path.Combine(fixture.IndexDirectory, "vectors.txt");
        var saves = 0;
        // The process "dies" at its second checkpoint: changes sent since the first save are lost with its memory.
        Task Checkpoint(long generation, CancellationToken cancellationToken) =>
            ++saves < 2 ? fixture.Vectors.SaveAsync(file, generation, cancellationToken) : throw new IOException("killed");

        await Assert.ThrowsAsync<IOException>(() => fixture.Indexer(SmallBatches, Checkpoint).UpdateAsync(fixture.Tree.Root));
        var lost = fixture.Vectors.Keys.Count;
        fixture.Vectors = InMemoryVectorIndex.Load(file);
        Assert.True(fixture.Vectors.Keys.Count < lost, "the reloaded vector index is behind the store");
        var embedded = fixture.Embedder.Embedded.Count;
        fixture.Reopen();
        var summary = await fixture.Indexer(SmallBatches, (g, ct) => fixture.Vectors.SaveAsync(file, g, ct)).UpdateAsync(fixture.Tree.Root);

        Assert.Null(summary.VectorRebuildReason);
        Assert.Equal(fixture.Embedder.Embedded.Count, fixture.Embedder.Embedded.Distinct().Count());
        Assert.Equal(summary.ChunksEmbedded, fixture.Embedder.Embedded.Count - embedded);
        fixture.AssertVectorsMatchChunks();
        Assert.Equal(summary.State.Generation, InMemoryVectorIndex.Load(file).SavedGeneration);
        Assert.Equal(summary.State.Generation, summary.State.VectorGeneration);
    }

    [Fact]
    public async Task UpdateAsync_FilesDeletedWhileVectorsUnsaved_LeavesNoOrphanVectors()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 12);
        var file = Path.Combine(fixture.IndexDirectory, "vectors.txt");
        Task Save(long generation, CancellationToken cancellationToken) => fixture.Vectors.SaveAsync(file, generation, cancellationToken);
        await fixture.Indexer(SmallBatches, Save).UpdateAsync(fixture.Tree.Root);
        foreach (var path in paths.Take(4))
        {
            File.Delete(fixture.Tree.PathOf(path));
        }
        // Deletes are sent, then the checkpoint "crashes": the saved file still holds the deleted chunks' vectors.
        await Assert.ThrowsAsync<IOException>(() =>
            fixture.Indexer(SmallBatches, (_, _) => throw new IOException("killed")).UpdateAsync(fixture.Tree.Root));
        fixture.Vectors = InMemoryVectorIndex.Load(file);

        await fixture.Indexer(SmallBatches, Save).UpdateAsync(fixture.Tree.Root);

        fixture.AssertVectorsMatchChunks();
        Assert.Equal(fixture.Chunks().Select(c => c.Key).Order(), InMemoryVectorIndex.Load(file).Keys);
    }
}
