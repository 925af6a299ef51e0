using CodeIntel.Retrieval.Vectors;
using CodeIntel.Retrieval.Vectors.Usearch;

namespace CodeIntel.Retrieval.Tests.Vectors.Usearch;

public sealed class UsearchVectorIndexTests : VectorIndexContract, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("codeintel-usearch-tests-");
    private int _indexes;

    public void Dispose() => _folder.Delete(recursive: true);

    protected override Task<IVectorIndex> CreateIndexAsync(int dimensions) =>
        Task.FromResult<IVectorIndex>(UsearchVectorIndex.Open(NewPath(), dimensions));

    private string NewPath() => Path.Combine(_folder.FullName, $"index{Interlocked.Increment(ref _indexes)}.usearch");

    [Fact]
    public async Task Save_ThenReopen_KeepsPointsAndCheckpoint()
    {
        var path = NewPath();
        var vectors = UnitVectors.Random(300, Dimensions, seed: 31);
        using (var index = UsearchVectorIndex.Open(path, Dimensions))
        {
            Assert.Null(index.Checkpoint);
            await index.UpsertAsync(Points(vectors));
            await index.DeleteAsync([7]);
            await index.SaveAsync(checkpoint: 42);
        }

        using var reopened = UsearchVectorIndex.Open(path, Dimensions);

        Assert.Equal(42, reopened.Checkpoint);
        Assert.Equal(299, await reopened.CountAsync());
        var hits = await reopened.SearchAsync(vectors[123], 3);
        Assert.Equal(123, hits[0].Key);
        Assert.InRange(hits[0].Score, 0.999f, 1.001f);
        Assert.DoesNotContain(await reopened.SearchAsync(vectors[7], 300), hit => hit.Key == 7);
    }

    [Fact]
    public async Task Open_TruncatedFile_ThrowsCorrupt()
    {
        var path = await SaveSampleAsync(checkpoint: 1);
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var error = Assert.Throws<VectorIndexCorruptException>(() => UsearchVectorIndex.Open(path, Dimensions));

        Assert.Equal(path, error.IndexPath);
        Assert.Contains("truncated", error.Message);
        Assert.Contains("re-index", error.Message);
    }

    [Fact]
    public async Task Open_FileWithDamagedBytes_ThrowsCorrupt()
    {
        var path = await SaveSampleAsync(checkpoint: 1);
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }
        await File.WriteAllBytesAsync(path, bytes);

        var error = Assert.Throws<VectorIndexCorruptException>(() => UsearchVectorIndex.Open(path, Dimensions));

        Assert.Contains("SHA-256", error.Message);
    }

    [Fact]
    public async Task Open_IndexWithoutSidecar_ThrowsCorrupt()
    {
        var path = await SaveSampleAsync(checkpoint: 1);
        File.Delete(UsearchIndexFiles.SidecarPath(path));

        var error = Assert.Throws<VectorIndexCorruptException>(() => UsearchVectorIndex.Open(path, Dimensions));

        Assert.Contains("sidecar", error.Message);
    }

    [Fact]
    public async Task Open_WithOtherDimensions_ThrowsCorruptNamingBoth()
    {
        var path = await SaveSampleAsync(checkpoint: 1);

        var error = Assert.Throws<VectorIndexCorruptException>(() => UsearchVectorIndex.Open(path, Dimensions * 2));

        Assert.Contains($"{Dimensions}-dimensional", error.Message);
        Assert.Contains($"{Dimensions * 2}", error.Message);
    }

    [Fact]
    public async Task Open_AfterCrashBeforeRename_KeepsOldIndexAndRemovesTempFiles()
    {
        var path = await SaveSampleAsync(checkpoint: 1);
        var newer = await SaveSampleAsync(checkpoint: 2, count: 80, seed: 33);
        // A crash after writing the temporary files and before the first rename leaves exactly these behind.
        File.Copy(newer, UsearchIndexFiles.TempIndexPath(path));
        File.Copy(UsearchIndexFiles.SidecarPath(newer), UsearchIndexFiles.TempSidecarPath(path));

        using var index = UsearchVectorIndex.Open(path, Dimensions);

        Assert.Equal(1, index.Checkpoint);
        Assert.Equal(50, await index.CountAsync());
        Assert.False(File.Exists(UsearchIndexFiles.TempIndexPath(path)));
        Assert.False(File.Exists(UsearchIndexFiles.TempSidecarPath(path)));
    }

    [Fact]
    public async Task Open_AfterCrashBetweenRenames_CompletesTheNewSave()
    {
        var path = await SaveSampleAsync(checkpoint: 1);
        var newer = await SaveSampleAsync(checkpoint: 2, count: 80, seed: 33);
        // The index file was renamed into place; its sidecar was still waiting under its temporary name.
        File.Copy(newer, path, overwrite: true);
        File.Copy(UsearchIndexFiles.SidecarPath(newer), UsearchIndexFiles.TempSidecarPath(path));

        using var index = UsearchVectorIndex.Open(path, Dimensions);

        Assert.Equal(2, index.Checkpoint);
        Assert.Equal(80, await index.CountAsync());
        Assert.False(File.Exists(UsearchIndexFiles.TempSidecarPath(path)));
    }

    [Fact]
    public async Task Open_TempFilesOnlyFromAFirstSaveThatCrashed_StartsEmpty()
    {
        var path = NewPath();
        await File.WriteAllTextAsync(UsearchIndexFiles.TempIndexPath(path), "half-written");

        using var index = UsearchVectorIndex.Open(path, Dimensions);

        Assert.Null(index.Checkpoint);
        Assert.Equal(0, await index.CountAsync());
        Assert.False(File.Exists(UsearchIndexFiles.TempIndexPath(path)));
    }

    [Fact]
    public async Task Search_WhileOneWriterUpserts_EverySearchSucceeds()
    {
        using var index = UsearchVectorIndex.Open(NewPath(), Dimensions, new UsearchIndexOptions { MaxConcurrentSearches = 2, InitialCapacity = 64 });
        var vectors = UnitVectors.Random(2_000, Dimensions, seed: 34);
        await index.UpsertAsync(Points(vectors, 0, 200));

        var writer = Task.Run(async () =>
        {
            for (var start = 200; start < 2_000; start += 50)
            {
                await index.UpsertAsync(Points(vectors, start, 50));
            }
        });
        var searchers = Enumerable.Range(0, 8).Select(s => Task.Run(async () =>
        {
            var misses = 0;
            for (var i = 0; i < 100; i++)
            {
                var key = (s * 100 + i) % 200;
                var hits = await index.SearchAsync(vectors[key], 5);
                misses += hits.Count == 5 && hits[0].Key == key ? 0 : 1;
            }
            return misses;
        })).ToList();
        await writer;
        var misses = await Task.WhenAll(searchers);

        Assert.All(misses, count => Assert.Equal(0, count));
        Assert.Equal(2_000, await index.CountAsync());
    }

    [Fact]
    public async Task Upsert_OnePointAtATimePastInitialCapacity_GrowsAndKeepsEveryPoint()
    {
        using var index = UsearchVectorIndex.Open(NewPath(), Dimensions, new UsearchIndexOptions { InitialCapacity = 4 });
        var vectors = UnitVectors.Random(300, Dimensions, seed: 35);

        foreach (var point in Points(vectors))
        {
            await index.UpsertAsync([point]);
        }

        Assert.Equal(300, await index.CountAsync());
        Assert.InRange(index.Capacity, 300, 600);
        foreach (var key in new[] { 0, 3, 4, 150, 299 })
        {
            Assert.Equal(key, (await index.SearchAsync(vectors[key], 1))[0].Key);
        }
    }

    [Fact]
    public async Task Search_AfterDeletingTheNearestPoints_StillReturnsLimitHits()
    {
        using var index = UsearchVectorIndex.Open(NewPath(), Dimensions);
        var vectors = UnitVectors.Random(400, Dimensions, seed: 36);
        await index.UpsertAsync(Points(vectors));
        var query = vectors[0];
        var nearest = await index.SearchAsync(query, 200);

        await index.DeleteAsync(nearest.Select(hit => hit.Key).ToList());
        var hits = await index.SearchAsync(query, 10);

        Assert.Equal(10, hits.Count);
        Assert.DoesNotContain(hits, hit => nearest.Any(deleted => deleted.Key == hit.Key));
    }

    [Fact]
    public async Task Search_AfterDispose_ThrowsObjectDisposed()
    {
        var index = UsearchVectorIndex.Open(NewPath(), Dimensions);
        index.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => index.SearchAsync(new float[Dimensions], 1));
    }

    [Fact]
    public async Task Save_InMemoryIndex_ThrowsInvalidOperation()
    {
        using var index = UsearchVectorIndex.CreateInMemory(Dimensions);

        await Assert.ThrowsAsync<InvalidOperationException>(() => index.SaveAsync(1));
    }

    [Fact]
    public void Open_OptionsOutOfRange_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => UsearchVectorIndex.Open(NewPath(), Dimensions, new UsearchIndexOptions { Connectivity = 1 }));

        Assert.Equal(nameof(UsearchIndexOptions.Connectivity), error.ParamName);
    }

    private async Task<string> SaveSampleAsync(long checkpoint, int count = 50, int seed = 32)
    {
        var path = NewPath();
        using var index = UsearchVectorIndex.Open(path, Dimensions);
        await index.UpsertAsync(Points(UnitVectors.Random(count, Dimensions, seed)));
        await index.SaveAsync(checkpoint);
        return path;
    }
}
