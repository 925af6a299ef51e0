using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;
using CodeIntel.Retrieval.Tests.Embedding;

namespace CodeIntel.Retrieval.Tests.Engine;

/// <summary>The whole engine on a small repository with the real default model (int8, built on first use).</summary>
[Collection(MiniLmGroup.Name)]
public sealed class SearchEngineTests(MiniLmFixture model) : IDisposable
{
    private readonly TempDirectory _repo = new();
    private readonly TempDirectory _index = new();

    private SearchEngineOptions Options(int? exit = null) => new()
    {
        IndexDirectory = _index.Root,
        ModelDirectory = model.ModelDirectory,
        ExitLayer = exit,
    };

    private void WriteRepository()
    {
        Write("src/Http/RetryPolicy.cs", """
            namespace Shop.Http;

            public sealed class RetryPolicy
            {
                /// <summary>Sends the request again with exponential backoff when the server fails.</summary>
                public async Task<HttpResponseMessage> SendWithRetriesAsync(HttpClient client, HttpRequestMessage request, int attempts)
                {
                    for (var attempt = 1; ; attempt++)
                    {
                        var response = await client.SendAsync(request);
                        if ((int)response.StatusCode < 500 || attempt == attempts)
                        {
                            return response;
                        }
                        await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)));
                    }
                }
            }
            """);
        Write("src/Text/Slug.cs", """
            namespace Shop.Text;

            public static class Slug
            {
                public static string FromTitle(string title) =>
                    string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            """);
        Write("tools/report.py", """
            import csv

            def read_orders(path):
                with open(path, newline='') as f:
                    return [row for row in csv.DictReader(f)]
            """);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_repo.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public async Task Search_NaturalLanguageQuery_FindsTheRetryFunctionFirstInEveryMode()
    {
        WriteRepository();
        using var engine = SearchEngine.Open(Options());
        var summary = await engine.IndexAsync(_repo.Root);

        Assert.Equal(3, summary.FilesAdded);
        Assert.Equal("int8", engine.Model.Precision);
        foreach (var mode in new[] { SearchMode.Hybrid, SearchMode.Dense, SearchMode.Lexical })
        {
            var response = await engine.SearchAsync(new SearchRequest("retry failed http calls with backoff", 3, mode));
            // The method, or the outline of the class that holds it, comes first; the method is in the top two.
            var top = response.Results[0];
            Assert.Equal("src/Http/RetryPolicy.cs", top.Path);
            Assert.InRange(6, top.StartLine, top.EndLine);  // the method signature line
            var method = response.Results.Take(2).Single(r => r.SymbolPath == "Shop.Http.RetryPolicy.SendWithRetriesAsync");
            Assert.Equal(5, method.StartLine);  // its doc comment
        }
    }

    [Fact]
    public async Task Search_LanguageFilter_ReturnsOnlyThatLanguage()
    {
        WriteRepository();
        using var engine = SearchEngine.Open(Options());
        await engine.IndexAsync(_repo.Root);

        var response = await engine.SearchAsync(new SearchRequest("read rows from a csv file", 5, SearchMode.Hybrid, new SearchFilter(["python"])));

        Assert.NotEmpty(response.Results);
        Assert.All(response.Results, r => Assert.Equal("python", r.Language));
        Assert.Equal("read_orders", response.Results[0].SymbolPath);
    }

    [Fact]
    public async Task Index_TouchOneFileAndReindex_EmbedsOnlyTheChangedChunk()
    {
        WriteRepository();
        using var engine = SearchEngine.Open(Options());
        await engine.IndexAsync(_repo.Root);
        Write("src/Text/Slug.cs", File.ReadAllText(Path.Combine(_repo.Root, "src/Text/Slug.cs")).Replace("'-'", "'_'", StringComparison.Ordinal));

        var summary = await engine.IndexAsync(_repo.Root);

        Assert.Equal(1, summary.FilesChanged);
        Assert.Equal(1, summary.ChunksEmbedded);
    }

    [Fact]
    public async Task Open_EarlierExit_BuildsTheTruncatedModelAndReportsTheExit()
    {
        using var engine = SearchEngine.Open(Options(exit: 3));

        Assert.Equal(3, engine.Model.Exit);
        Assert.True(File.Exists(Path.Combine(model.ModelDirectory, "model.exit3.int8.onnx")));
        Assert.Equal("nothing has been indexed yet", engine.StaleReason);
    }

    public void Dispose()
    {
        _repo.Dispose();
        _index.Dispose();
    }
}
