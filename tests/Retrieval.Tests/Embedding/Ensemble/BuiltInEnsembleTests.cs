using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Ensemble;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Retrieval.Tests.Embedding.Ensemble;

/// <summary>The built-in models resolved by name, with the real packaged weights: arctic-embed-xs alone and the
/// minilm+arctic-xs ensemble behind the whole engine.</summary>
public sealed class BuiltInEnsembleTests : IDisposable
{
    private readonly TempDirectory _cache = new();
    private readonly TempDirectory _repo = new();
    private readonly TempDirectory _index = new();

    [Fact]
    public async Task Resolve_UnknownName_ListsTheBuiltInModels()
    {
        var error = await Assert.ThrowsAsync<EmbeddingModelException>(() => BuiltInModels.ResolveAsync("minilm-l12", _cache.Root));

        Assert.Contains("'minilm-l12' is neither a model directory nor a built-in model", error.Message);
        Assert.Contains("built-in models: minilm, arctic-xs, minilm+arctic-xs", error.Message);
    }

    [Fact]
    public async Task Resolve_MissingPath_SaysTheDirectoryDoesNotExist()
    {
        var missing = Path.Combine(_cache.Root, "exports", "unixcoder");

        var error = await Assert.ThrowsAsync<EmbeddingModelException>(() => BuiltInModels.ResolveAsync(missing, _cache.Root));

        Assert.Contains($"The model directory '{missing}' does not exist", error.Message);
    }

    [Fact]
    public async Task ArcticXs_WithItsQueryPrefix_RanksTheMatchingCodeAboveUnrelatedCode()
    {
        var extraction = await BuiltInModels.ResolveAsync("arctic-xs", _cache.Root);
        using var embedder = new OnnxEmbedder(extraction.Directory);

        var query = await embedder.EmbedQueryAsync("read rows from a csv file");
        var documents = await embedder.EmbedDocumentsAsync([
            "def read_orders(path):\n    with open(path) as f:\n        return list(csv.DictReader(f))",
            "def slug(title):\n    return '-'.join(title.lower().split())",
        ]);

        Assert.Equal("snowflake-arctic-embed-xs/exit6/fp32/words/abbreviations", embedder.Info.Identity);
        Assert.True(Cosine(query, documents[0]) > Cosine(query, documents[1]) + 0.05);
    }

    [Fact]
    public async Task Ensemble_IndexesAndSearchesAsOneModel()
    {
        var extraction = await BuiltInModels.ResolveAsync(BuiltInModels.EnsembleName, _cache.Root);
        Write("src/Http/RetryPolicy.cs", """
            public sealed class RetryPolicy
            {
                public async Task<HttpResponseMessage> SendWithRetriesAsync(HttpClient client, HttpRequestMessage request, int attempts)
                {
                    for (var attempt = 1; ; attempt++)
                    {
                        var response = await client.SendAsync(request);
                        if ((int)response.StatusCode < 500 || attempt == attempts) return response;
                        await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)));
                    }
                }
            }
            """);
        Write("src/Text/Slug.cs", "public static class Slug { public static string FromTitle(string title) => string.Join('-', title.ToLowerInvariant().Split(' ')); }");

        using var engine = SearchEngine.Open(new SearchEngineOptions { IndexDirectory = _index.Root, ModelDirectory = extraction.Directory });
        await engine.IndexAsync(_repo.Root);
        var response = await engine.SearchAsync(new SearchRequest("retry failed http calls with backoff", 2, SearchMode.Dense));

        Assert.Equal(768, engine.Model.Dimensions);
        Assert.Contains("all-MiniLM-L6-v2/exit6/int8/words/abbreviations*0.5", engine.Model.Identity);
        Assert.Contains("snowflake-arctic-embed-xs/exit6/int8/words/abbreviations*0.5", engine.Model.Identity);
        Assert.Equal("src/Http/RetryPolicy.cs", response.Results[0].Path);
        Assert.InRange(response.Results[0].Score, 0.2, 1.0);
    }

    [Fact]
    public async Task Ensemble_HybridAlphaInItsFile_WeighsTheFusion()
    {
        // With hybridAlpha 1, hybrid search ranks by the dense score alone.
        var builtIn = await BuiltInModels.ResolveAsync(BuiltInModels.EnsembleName, _cache.Root);
        var directory = Path.Combine(_cache.Root, "dense-only");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, EnsembleProfile.FileName),
            EnsembleProfile.ToJson("dense-only", EnsembleProfile.Load(builtIn.Directory).Members.Select(m => (m.Directory, m.Weight)), hybridAlpha: 1.0));
        Write("a.py", "def read_rows(path):\n    return open(path).read().splitlines()\n");
        Write("b.py", "def rows_of(table):\n    return [r for r in table if r]\n");
        Write("c.py", "def parse_csv_rows(text):\n    return [line.split(',') for line in text.splitlines()]\n");
        using var engine = SearchEngine.Open(new SearchEngineOptions { IndexDirectory = _index.Root, ModelDirectory = directory });
        await engine.IndexAsync(_repo.Root);

        var hybrid = await engine.SearchAsync(new SearchRequest("rows", 3, SearchMode.Hybrid));
        var dense = await engine.SearchAsync(new SearchRequest("rows", 3, SearchMode.Dense));

        Assert.Equal(dense.Results.Select(r => r.Path), hybrid.Results.Select(r => r.Path));
    }

    [Fact]
    public async Task IndexBuiltWithTheEnsemble_OpenedWithOneMember_SaysItIsStaleInsteadOfFailing()
    {
        var extraction = await BuiltInModels.ResolveAsync(BuiltInModels.EnsembleName, _cache.Root);
        Write("a.py", "def read_rows(path):\n    return open(path).read().splitlines()\n");
        using (var engine = SearchEngine.Open(new SearchEngineOptions { IndexDirectory = _index.Root, ModelDirectory = extraction.Directory }))
        {
            await engine.IndexAsync(_repo.Root);
        }
        var minilm = EnsembleProfile.Load(extraction.Directory).Members[0].Directory;

        using var other = SearchEngine.Open(new SearchEngineOptions { IndexDirectory = _index.Root, ModelDirectory = minilm });

        Assert.Contains("768-dimensional vectors and the embedder makes 384", Assert.Single(other.Notes));
        Assert.Contains("(768-d) -> all-MiniLM-L6-v2/exit6/int8/words/abbreviations (384-d)", other.StaleReason);
        var summary = await other.IndexAsync(_repo.Root);
        Assert.Equal(1, summary.FilesAdded + summary.FilesChanged);
    }

    [Fact]
    public async Task Ensemble_WithAnExitLayer_SaysExitsBelongToOneModel()
    {
        var extraction = await BuiltInModels.ResolveAsync(BuiltInModels.EnsembleName, _cache.Root);

        var error = Assert.Throws<EmbeddingModelException>(() =>
            SearchEngine.Open(new SearchEngineOptions { IndexDirectory = _index.Root, ModelDirectory = extraction.Directory, ExitLayer = 3 }));

        Assert.Contains("is an ensemble of 2", error.Message);
    }

    public void Dispose()
    {
        _index.Dispose();
        _repo.Dispose();
        _cache.Dispose();
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_repo.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static double Cosine(float[] x, float[] y) =>
        x.Zip(y, (p, q) => (double)p * q).Sum() / Math.Sqrt(x.Sum(v => (double)v * v) * y.Sum(v => (double)v * v));
}
