using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public sealed class IndexStoreLexicalTests : IAsyncLifetime, IDisposable
{
    private readonly IndexFixture _fixture = new();

    public async Task InitializeAsync()
    {
        _fixture.Tree.WriteFile("src/net/Client.cs", """
            namespace Net;

            public sealed class Client
            {
                public void Send(string body)
                {
                    var request = Build(body);
                    Transport.Write(request);
                }

                public int RetryCount(int attempts)
                {
                    return attempts * 2;
                }
            }
            """);
        _fixture.Tree.WriteFile("src/net/retry.py", """
            import time


            def retry_http_request(url, attempts):
                for attempt in range(attempts):
                    response = http_get(url)
                    if response.ok:
                        return response
                    time.sleep(attempt)
                return None


            def parse_header(line):
                name, value = line.split(":", 1)
                return name.strip(), value.strip()
            """);
        _fixture.Tree.WriteFile("web/http.js", """
            export function httpGet(url) {
              return fetch(url).then(r => r.text());
            }

            export function formatDate(date) {
              return date.toISOString();
            }
            """);
        _fixture.Tree.WriteFile("web/retry.js", """
            export function retryHttpRequest(url, attempts) {
              let last = null;
              for (let i = 0; i < attempts; i++) {
                last = httpGet(url);
                if (last) return last;
              }
              return last;
            }
            """);
        await _fixture.UpdateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void SearchLexical_WordsOfAnIdentifier_RankThatFunctionFirst()
    {
        var hits = _fixture.Store.SearchLexical("retry http", 10);
        var first = _fixture.Store.GetChunks([hits[0].Key]).Single();
        Assert.Contains(first.Name, new[] { "retryHttpRequest", "retry_http_request" });
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score), "hits are best first");
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void SearchLexical_ExactIdentifier_RanksItsExactSpellingFirst()
    {
        var hits = _fixture.Store.SearchLexical("retryHttpRequest", 10);
        var names = _fixture.Store.GetChunks(hits.Select(h => h.Key).ToList()).Select(c => c.Name).ToList();
        // Both spellings share the whole term "retryhttprequest"; an unrelated http function comes after them.
        Assert.Equal(new[] { "retryHttpRequest", "retry_http_request" }.Order(StringComparer.Ordinal), names.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SearchLexical_LanguageFilter_ReturnsOnlyThatLanguage()
    {
        var hits = _fixture.Store.SearchLexical("retry http", 10, new SearchFilter(Languages: ["Python"]));
        var chunks = _fixture.Store.GetChunks(hits.Select(h => h.Key).ToList());
        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.Equal("python", c.Language));
        Assert.Equal("retry_http_request", chunks[0].Name);
    }

    [Fact]
    public void SearchLexical_PathGlob_ReturnsOnlyMatchingPaths()
    {
        var hits = _fixture.Store.SearchLexical("http url", 10, new SearchFilter(PathGlob: "web/*.js"));
        var paths = _fixture.Store.GetChunks(hits.Select(h => h.Key).ToList()).Select(c => c.Path).Distinct().Order().ToList();
        Assert.Equal(["web/http.js", "web/retry.js"], paths);
        Assert.Empty(_fixture.Store.SearchLexical("http url", 10, new SearchFilter(PathGlob: "src/**/*.cs")));
    }

    [Theory]
    [InlineData("retry AND (http")]
    [InlineData("\"retry\" NEAR(http")]
    [InlineData("retry* -http ^url:")]
    [InlineData("'; DROP TABLE chunks; --")]
    public void SearchLexical_QueryWithFtsSyntax_IsReadAsPlainWords(string query)
    {
        var hits = _fixture.Store.SearchLexical(query, 10);
        Assert.NotNull(hits);
        Assert.NotEmpty(_fixture.Store.SearchLexical("retry", 1));
    }

    [Fact]
    public void SearchLexical_QueryWithoutTerms_ReturnsNothing() => Assert.Empty(_fixture.Store.SearchLexical("  (*) ", 10));

    [Fact]
    public void SearchLexical_Limit_IsHonoured() => Assert.Single(_fixture.Store.SearchLexical("retry http url", 1));

    [Fact]
    public void FilterKeys_VectorHits_KeepsOrderAndDropsFilteredOut()
    {
        var all = _fixture.Store.GetChunkKeys().Reverse().ToList();
        var kept = _fixture.Store.FilterKeys(all, new SearchFilter(Languages: ["javascript"], PathGlob: "retry.js"));
        var chunks = _fixture.Store.GetChunks(kept);
        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.Equal("web/retry.js", c.Path));
        Assert.Equal(all.Where(kept.Contains), kept);
    }

    [Fact]
    public void CountChunksByLanguage_MixedTree_CountsEachLanguage()
    {
        var counts = _fixture.Store.CountChunksByLanguage().ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(["csharp", "javascript", "python"], counts.Keys.Order());
        Assert.Equal(_fixture.Store.GetState().Chunks, counts.Values.Sum());
    }
}
