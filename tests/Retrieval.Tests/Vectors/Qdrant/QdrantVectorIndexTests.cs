using CodeIntel.Retrieval.Vectors;
using CodeIntel.Retrieval.Vectors.Qdrant;

namespace CodeIntel.Retrieval.Tests.Vectors.Qdrant;

/// <summary>
/// The contract against a real Qdrant server when <c>CODEINTEL_QDRANT_URL</c> names its gRPC endpoint (e.g.
/// <c>http://localhost:6334</c>); otherwise those tests are skipped with the reason. The unreachable-server tests
/// need no server and always run.
/// </summary>
public sealed class QdrantVectorIndexTests : VectorIndexContract, IAsyncLifetime
{
    private const string UrlVariable = "CODEINTEL_QDRANT_URL";
    private const string SkipReason = "CODEINTEL_QDRANT_URL is not set; start Qdrant and set it to run these tests";

    private static readonly Uri Unreachable = new("http://127.0.0.1:1");

    private readonly string _collection = $"codeintel_test_{Guid.NewGuid():N}";
    private readonly List<QdrantVectorIndex> _created = [];

    private static Uri? ServerUrl =>
        Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? new Uri(url) : null;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_created.Count > 0 && ServerUrl is { } url)
        {
            using var cleanup = new QdrantVectorIndex(Options(url, _collection, "cleanup", Dimensions));
            await cleanup.DeleteCollectionAsync();
        }
    }

    protected override Task<IVectorIndex> CreateIndexAsync(int dimensions) =>
        Task.FromResult<IVectorIndex>(CreateIndex($"repo-{_created.Count}", dimensions));

    private QdrantVectorIndex CreateIndex(string @namespace, int dimensions)
    {
        Skip.If(ServerUrl is null, SkipReason);
        var index = new QdrantVectorIndex(Options(ServerUrl!, _collection, @namespace, dimensions));
        _created.Add(index);
        return index;
    }

    private static QdrantIndexOptions Options(Uri url, string collection, string @namespace, int dimensions, double timeoutSeconds = 30) => new()
    {
        Url = url,
        CollectionName = collection,
        Namespace = @namespace,
        Dimensions = dimensions,
        RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
    };

    [SkippableFact]
    public async Task DeleteByContentHash_StaleHashes_RemovesOnlyThosePoints()
    {
        using var index = CreateIndex("repo-hash", Dimensions);
        var vectors = UnitVectors.Random(10, Dimensions, seed: 41);
        await index.UpsertAsync(Points(vectors));

        await index.DeleteByContentHashAsync(["hash2", "hash5", "no-such-hash"]);

        Assert.Equal(8, await index.CountAsync());
        var hits = await index.SearchAsync(vectors[2], 10);
        Assert.DoesNotContain(hits, hit => hit.Key is 2 or 5);
    }

    [SkippableFact]
    public async Task Namespaces_InOneCollection_SeeOnlyTheirOwnPoints()
    {
        using var first = CreateIndex("repo-a", Dimensions);
        using var second = CreateIndex("repo-b", Dimensions);
        var vectors = UnitVectors.Random(10, Dimensions, seed: 42);
        await first.UpsertAsync(Points(vectors));
        await second.UpsertAsync(Points(vectors, 0, 3));

        await second.DeleteAsync([0]);

        Assert.Equal(10, await first.CountAsync());
        Assert.Equal(2, await second.CountAsync());
        Assert.Equal(0, (await first.SearchAsync(vectors[0], 1))[0].Key);
    }

    [Fact]
    public async Task Count_UnreachableServer_ThrowsUnavailableNamingTheUrlAndHowToStartOne()
    {
        using var index = new QdrantVectorIndex(Options(Unreachable, "codeintel_unreachable", "repo", Dimensions, timeoutSeconds: 3));

        var error = await Assert.ThrowsAsync<VectorIndexUnavailableException>(() => index.CountAsync());

        Assert.Equal(Unreachable, error.Url);
        Assert.Contains("http://127.0.0.1:1", error.Message);
        Assert.Contains("docker run -p 6333:6333 -p 6334:6334 qdrant/qdrant", error.Message);
        Assert.Contains("6334", error.Message);
    }

    [Fact]
    public async Task Upsert_UnreachableServer_ThrowsUnavailable()
    {
        using var index = new QdrantVectorIndex(Options(Unreachable, "codeintel_unreachable", "repo", Dimensions, timeoutSeconds: 3));
        var vectors = UnitVectors.Random(3, Dimensions, seed: 43);

        await Assert.ThrowsAsync<VectorIndexUnavailableException>(() => index.UpsertAsync(Points(vectors)));
    }

    [Fact]
    public async Task Search_CancelledByCaller_ThrowsOperationCanceledNotUnavailable()
    {
        using var index = new QdrantVectorIndex(Options(Unreachable, "codeintel_unreachable", "repo", Dimensions, timeoutSeconds: 3));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => index.SearchAsync(UnitVectors.Random(1, Dimensions, seed: 44)[0], 5, cancelled.Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    public void Constructor_BadCollectionName_ThrowsNamingTheSetting(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new QdrantVectorIndex(Options(Unreachable, name, "repo", Dimensions)));

        Assert.Equal(nameof(QdrantIndexOptions.CollectionName), error.ParamName);
    }
}
