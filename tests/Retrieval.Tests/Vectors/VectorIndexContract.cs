using CodeIntel.Retrieval.Vectors;

namespace CodeIntel.Retrieval.Tests.Vectors;

/// <summary>
/// What every <see cref="IVectorIndex"/> must do. A concrete class supplies empty indexes (or skips, with its
/// reason, when its implementation cannot run on this machine).
/// </summary>
public abstract class VectorIndexContract
{
    protected const int Dimensions = 64;

    /// <summary>An empty index of <paramref name="dimensions"/>; calls <c>Skip.If</c> when the implementation is unavailable.</summary>
    protected abstract Task<IVectorIndex> CreateIndexAsync(int dimensions);

    protected static VectorPoint Point(long key, float[] vector) =>
        new(key, vector, new ChunkPayload($"src/File{key % 7}.cs", "csharp", $"Type.Method{key}", 1, 10, 0, 120, $"hash{key}"));

    protected static List<VectorPoint> Points(float[][] vectors, int first = 0, int count = -1) =>
        Enumerable.Range(first, count < 0 ? vectors.Length - first : count).Select(i => Point(i, vectors[i])).ToList();

    [SkippableFact]
    public async Task Search_AfterUpsert_FindsExactMatchFirstWithScoreNearOne()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(100, Dimensions, seed: 11);
        await index.UpsertAsync(Points(vectors));

        foreach (var key in new[] { 0, 37, 99 })
        {
            var hits = await index.SearchAsync(vectors[key], 5);

            Assert.Equal(5, hits.Count);
            Assert.Equal(key, hits[0].Key);
            Assert.InRange(hits[0].Score, 0.999f, 1.001f);
            Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score), "hits are not best first");
            Assert.True(hits[1].Score < 0.9f, "a random neighbour should not look identical");
        }
    }

    [SkippableFact]
    public async Task Upsert_ExistingKey_ReplacesItsVector()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(50, Dimensions, seed: 12);
        var replacement = UnitVectors.Random(1, Dimensions, seed: 13)[0];
        await index.UpsertAsync(Points(vectors));

        await index.UpsertAsync([Point(5, replacement)]);

        Assert.Equal(50, await index.CountAsync());
        var byNew = await index.SearchAsync(replacement, 3);
        Assert.Equal(5, byNew[0].Key);
        Assert.InRange(byNew[0].Score, 0.999f, 1.001f);
        var byOld = await index.SearchAsync(vectors[5], 50);
        Assert.DoesNotContain(byOld, hit => hit.Key == 5 && hit.Score > 0.99f);
    }

    [SkippableFact]
    public async Task Delete_Keys_RemovesThemAndIgnoresAbsentOnes()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(50, Dimensions, seed: 14);
        await index.UpsertAsync(Points(vectors));

        await index.DeleteAsync([3, 4, 1_000]);

        Assert.Equal(48, await index.CountAsync());
        var hits = await index.SearchAsync(vectors[3], 50);
        Assert.Equal(48, hits.Count);
        Assert.DoesNotContain(hits, hit => hit.Key is 3 or 4);
    }

    [SkippableFact]
    public async Task Search_LimitLargerThanCount_ReturnsEveryPointBestFirst()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(7, Dimensions, seed: 15);
        await index.UpsertAsync(Points(vectors));

        var hits = await index.SearchAsync(vectors[2], 100);

        Assert.Equal(Enumerable.Range(0, 7).Select(i => (long)i), hits.Select(hit => hit.Key).Order());
        Assert.Equal(2, hits[0].Key);
        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score), "hits are not best first");
    }

    [SkippableFact]
    public async Task Search_EmptyIndex_ReturnsNothing()
    {
        using var index = await CreateIndexAsync(Dimensions);

        var hits = await index.SearchAsync(UnitVectors.Random(1, Dimensions, seed: 16)[0], 10);

        Assert.Empty(hits);
    }

    [SkippableFact]
    public async Task Count_AfterUpsertsReupsertsAndDeletes_CountsDistinctLivePoints()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(20, Dimensions, seed: 17);
        Assert.Equal(0, await index.CountAsync());

        await index.UpsertAsync(Points(vectors));
        Assert.Equal(20, await index.CountAsync());
        await index.UpsertAsync(Points(vectors));
        Assert.Equal(20, await index.CountAsync());
        await index.DeleteAsync([0, 1, 2, 3, 4]);
        Assert.Equal(15, await index.CountAsync());
    }

    [SkippableFact]
    public async Task Upsert_ResentAfterResume_EndsWithEachPointOnce()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(100, Dimensions, seed: 18);
        await index.UpsertAsync(Points(vectors, 0, 60)); // the first run stops after 60 points

        await index.UpsertAsync(Points(vectors, 40, 60)); // the resumed run starts again from its last checkpoint, 40

        Assert.Equal(100, await index.CountAsync());
        foreach (var key in new[] { 0, 39, 40, 59, 60, 99 })
        {
            var hits = await index.SearchAsync(vectors[key], 2);
            Assert.Equal(key, hits[0].Key);
            Assert.NotEqual(key, hits[1].Key);
        }
    }

    [SkippableFact]
    public async Task Upsert_BatchWithABadPoint_ThrowsAndStoresNothing()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var good = UnitVectors.Random(1, Dimensions, seed: 19)[0];

        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([Point(1, good), Point(2, new float[Dimensions - 1])]));
        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([Point(-1, good)]));
        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([Point(3, new float[Dimensions])]));

        Assert.Equal(0, await index.CountAsync());
    }

    [SkippableFact]
    public async Task Search_QueryOfOtherDimensions_Throws()
    {
        using var index = await CreateIndexAsync(Dimensions);

        await Assert.ThrowsAsync<ArgumentException>(() => index.SearchAsync(new float[Dimensions + 1], 5));
    }

    [SkippableFact]
    public async Task Search_FiveThousandRandomPoints_RecallAtTenAgainstExactSearchIsAtLeast95Percent()
    {
        using var index = await CreateIndexAsync(Dimensions);
        var vectors = UnitVectors.Random(5_000, Dimensions, seed: 20);
        foreach (var start in Enumerable.Range(0, 10).Select(i => i * 500))
        {
            await index.UpsertAsync(Points(vectors, start, 500));
        }
        var exact = new ExactSearch(vectors, Dimensions);
        var queries = UnitVectors.Random(200, Dimensions, seed: 21);

        var found = 0;
        foreach (var query in queries)
        {
            var expected = exact.Search(query, 10).Select(hit => hit.Key).ToHashSet();
            var hits = await index.SearchAsync(query, 10);
            found += hits.Count(hit => expected.Contains(hit.Key));
        }

        var recall = found / (double)(queries.Length * 10);
        Assert.True(recall >= 0.95, $"recall@10 was {recall:F3}");
    }
}
