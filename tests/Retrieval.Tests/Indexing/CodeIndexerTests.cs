using CodeIntel.Parsing.Chunking;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class CodeIndexerTests
{
    [Fact]
    public async Task UpdateAsync_NewTree_IndexesEveryFileAndEmbedsEachContentOnce()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 12);
        // Two files with the same function: one content, embedded once, two chunks and two vectors.
        fixture.Tree.WriteFile("copy/a.py", "def shared_helper(x):\n    return x * 42\n");
        fixture.Tree.WriteFile("copy/b.py", "def shared_helper(x):\n    return x * 42\n");

        var summary = await fixture.UpdateAsync();

        Assert.Equal(14, summary.FilesScanned);
        Assert.Equal(14, summary.FilesAdded);
        Assert.Equal(0, summary.FilesChanged + summary.FilesDeleted + summary.FilesUnchanged);
        var chunks = fixture.Chunks();
        Assert.Equal(summary.ChunksAdded, chunks.Count);
        Assert.Equal(chunks.Select(c => c.ContentHash).Distinct().Count(), summary.ChunksEmbedded);
        Assert.Equal(summary.ChunksEmbedded, fixture.Embedder.Embedded.Count);
        Assert.Equal(fixture.Embedder.Embedded.Count, fixture.Embedder.Embedded.Distinct().Count());
        Assert.Equal(2, chunks.Count(c => c.Name == "shared_helper"));
        Assert.Equal(new IndexState(14, chunks.Count, chunks.Count, chunks.Count, 0, summary.State.Generation, summary.State.Generation), summary.State);
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_NothingChanged_ReadsNoFileAndEmbedsNothing()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 12);
        await fixture.UpdateAsync();
        var calls = fixture.Embedder.Calls;
        var upserts = fixture.Vectors.UpsertedPoints;

        var summary = await fixture.UpdateAsync();

        Assert.Equal(12, summary.FilesUnchanged);
        Assert.Equal(0, summary.FilesAdded + summary.FilesChanged + summary.FilesDeleted + summary.ChunksAdded + summary.ChunksRemoved);
        Assert.Equal(calls, fixture.Embedder.Calls);
        Assert.Equal(upserts, fixture.Vectors.UpsertedPoints);
    }

    [Fact]
    public async Task UpdateAsync_OneFunctionEdited_RechunksOnlyThatFileAndEmbedsOnlyTheChangedChunk()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 12);
        await fixture.UpdateAsync();
        var before = fixture.Chunks().ToDictionary(c => c.Key);
        var embedded = fixture.Embedder.Embedded.Count;
        var python = paths.First(p => p.EndsWith(".py", StringComparison.Ordinal));
        var original = File.ReadAllText(fixture.Tree.PathOf(python));
        var edited = original.Replace("return text.strip()", "return text.strip().lower()", StringComparison.Ordinal);
        Assert.NotEqual(original, edited);
        fixture.Tree.WriteFile(python, edited, TimeSpan.FromSeconds(30));

        var summary = await fixture.UpdateAsync();

        Assert.Equal(1, summary.FilesChanged);
        Assert.Equal(11, summary.FilesUnchanged);
        Assert.Equal(1, summary.ChunksAdded);
        Assert.Equal(1, summary.ChunksRemoved);
        Assert.Equal(1, summary.ChunksEmbedded);
        Assert.Contains(".lower()", fixture.Embedder.Embedded[embedded]);
        var after = fixture.Chunks();
        // Every chunk of the other files, and the untouched function of this one, keeps its key.
        Assert.Equal(before.Count - 1, after.Count(c => before.ContainsKey(c.Key)));
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_FileTouchedButSameContent_IsNotRechunked()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 6);
        await fixture.UpdateAsync();
        File.SetLastWriteTimeUtc(fixture.Tree.PathOf(paths[0]), DateTime.UtcNow.AddSeconds(-20));

        var summary = await fixture.UpdateAsync();

        Assert.Equal(6, summary.FilesUnchanged);
        Assert.Equal(0, summary.ChunksAdded + summary.ChunksRemoved + summary.ChunksEmbedded);
    }

    [Fact]
    public async Task UpdateAsync_LinesInsertedAboveAFunction_KeepsItsVectorAndUpdatesItsLines()
    {
        using var fixture = new IndexFixture();
        fixture.Tree.WriteFile("a.py", "def first(x):\n    return x + 1\n\n\ndef second(y):\n    return y * 2\n");
        await fixture.UpdateAsync();
        var second = fixture.Chunks().Single(c => c.Name == "second");
        fixture.Tree.WriteFile("a.py", "import os\n\n\ndef first(x):\n    return x + 1\n\n\ndef second(y):\n    return y * 2\n", TimeSpan.FromSeconds(30));

        var summary = await fixture.UpdateAsync();

        var moved = fixture.Chunks().Single(c => c.Name == "second");
        Assert.Equal(second.Key, moved.Key);
        Assert.Equal(second.StartLine + 3, moved.StartLine);
        Assert.Equal(0, summary.ChunksEmbedded);
        Assert.Equal(moved.StartLine, fixture.Vectors.Get(moved.Key)!.Payload.StartLine);
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_FileDeleted_RemovesItsChunksSearchHitsAndVectors()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 6);
        await fixture.UpdateAsync();
        var doomed = fixture.Chunks().Where(c => c.Path == paths[1]).ToList();
        Assert.NotEmpty(doomed);
        File.Delete(fixture.Tree.PathOf(paths[1]));

        var summary = await fixture.UpdateAsync();

        Assert.Equal(1, summary.FilesDeleted);
        Assert.Equal(doomed.Count, summary.ChunksRemoved);
        Assert.DoesNotContain(fixture.Chunks(), c => c.Path == paths[1]);
        Assert.DoesNotContain(fixture.Store.SearchLexical(doomed[0].Name, 10), h => doomed.Any(d => d.Key == h.Key));
        Assert.All(doomed, d => Assert.Null(fixture.Vectors.Get(d.Key)));
        Assert.Equal(5, summary.State.Files);
        Assert.Equal(summary.State.Chunks, fixture.FullTextRows());
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_FileMoved_ReusesEveryEmbedding()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 6);
        await fixture.UpdateAsync();
        var calls = fixture.Embedder.Calls;
        var moving = fixture.Chunks().Count(c => c.Path == paths[2]);
        Directory.CreateDirectory(fixture.Tree.PathOf("moved"));
        File.Move(fixture.Tree.PathOf(paths[2]), fixture.Tree.PathOf("moved/" + Path.GetFileName(paths[2])));

        var summary = await fixture.UpdateAsync();

        Assert.Equal((1, 1), (summary.FilesAdded, summary.FilesDeleted));
        Assert.Equal(moving, summary.ChunksAdded);
        Assert.Equal(moving, summary.EmbeddingsReused);
        Assert.Equal(0, summary.ChunksEmbedded);
        Assert.Equal(calls, fixture.Embedder.Calls);
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_EmbedderChanged_ReindexesFromScratchAndSaysWhy()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 6);
        var first = await fixture.UpdateAsync();
        var oldKeys = fixture.Store.GetChunkKeys();
        fixture.Embedder = new TrigramEmbedder(modelId: "test-trigram-v2");

        var summary = await fixture.UpdateAsync();

        Assert.NotNull(summary.ResetReason);
        Assert.Contains("test-trigram-v2", summary.ResetReason);
        Assert.Equal(6, summary.FilesAdded);
        Assert.Equal(first.ChunksEmbedded, summary.ChunksEmbedded);
        Assert.Equal(0, summary.EmbeddingsReused);
        Assert.Empty(fixture.Store.GetChunkKeys().Intersect(oldKeys));
        Assert.Equal(summary.State.Chunks, fixture.FullTextRows());
        Assert.Equal(fixture.Indexer().Identity, fixture.Store.ReadIdentity());
        fixture.AssertVectorsMatchChunks();
        Assert.Null((await fixture.UpdateAsync()).ResetReason);
    }

    [Fact]
    public async Task UpdateAsync_ChunkerOptionsChanged_ReindexesFromScratch()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        await fixture.UpdateAsync();
        using var smaller = new SourceChunker(new ChunkerOptions { MaxTokens = 128 });
        var indexer = new CodeIndexer(fixture.Store, fixture.Embedder, new VectorIndexTarget(fixture.Vectors), smaller, fixture.Detector);

        var summary = await indexer.UpdateAsync(fixture.Tree.Root);

        Assert.Contains("max-tokens=128", summary.ResetReason);
        Assert.Equal(3, summary.FilesAdded);
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task ReadRoot_AfterUpdate_IsTheFullPathOfTheTree()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 1);
        Assert.Null(fixture.Store.ReadRoot());

        await fixture.UpdateAsync();

        Assert.Equal(Path.GetFullPath(fixture.Tree.Root), fixture.Store.ReadRoot());
    }

    [Fact]
    public async Task UpdateAsync_BinaryFile_IsReportedAsSkippedOnEveryRun()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        File.WriteAllBytes(fixture.Tree.PathOf("data.dat"), [1, 2, 0, 4, 5]);

        var first = await fixture.UpdateAsync();
        var second = await fixture.UpdateAsync();

        Assert.Equal("data.dat", Assert.Single(first.Skipped).RelativePath);
        Assert.Equal(first.Skipped, second.Skipped);
        Assert.DoesNotContain(fixture.Chunks(), c => c.Path == "data.dat");
    }

    [Fact]
    public async Task UpdateAsync_VectorIndexLost_RefillsItFromCacheWithoutEmbedding()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 6);
        await fixture.UpdateAsync();
        var calls = fixture.Embedder.Calls;
        fixture.Vectors = new InMemoryVectorIndex();

        var summary = await fixture.UpdateAsync();

        Assert.NotNull(summary.VectorRebuildReason);
        Assert.Equal(calls, fixture.Embedder.Calls);
        fixture.AssertVectorsMatchChunks();
    }

    [Fact]
    public async Task UpdateAsync_VectorIndexWithForeignPoints_ThrowsSayingToDeleteIt()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        await fixture.Vectors.UpsertAsync([new(999_999, new float[64], new("x", "python", "x", 1, 1, 0, 1, "h"))]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.UpdateAsync());

        Assert.Contains("Delete the vector index", error.Message);
    }

    [Fact]
    public async Task UpdateAsync_MissingRoot_ThrowsAndKeepsTheIndex()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        await fixture.UpdateAsync();
        var chunks = fixture.Chunks();

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => fixture.Indexer().UpdateAsync(fixture.Tree.PathOf("nope")));

        Assert.Equal(chunks, fixture.Chunks());
    }

    [Fact]
    public async Task UpdateAsync_SecondUpdateOnSameIndexFromAnotherIndexer_IsRefusedWhileFirstRuns()
    {
        using var fixture = new IndexFixture();
        SampleTree.Write(fixture.Tree, 3);
        var release = new TaskCompletionSource();
        fixture.Embedder = new TrigramEmbedder(onBatch: _ => release.Task.Wait());
        var first = Task.Run(() => fixture.UpdateAsync());
        while (fixture.Store.GetState().Chunks == 0)
        {
            await Task.Delay(10);
        }

        var error = await Assert.ThrowsAsync<IOException>(() => fixture.Indexer().UpdateAsync(fixture.Tree.Root));

        Assert.Contains("Another process is updating", error.Message);
        release.SetResult();
        await first;
    }
}
