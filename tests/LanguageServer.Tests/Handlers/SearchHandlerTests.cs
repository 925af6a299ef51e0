using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class SearchHandlerTests(ModelFixture model)
{
    [Fact]
    public async Task Search_Lexical_FindsTheFunctionByItsWords()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.WaitForIndexAsync();

        var response = await server.SearchAsync("reverse words sentence", mode: "lexical", k: 3);

        Assert.Equal("reverse_words", Responses.Symbols(response)[0]);
        Assert.True(Responses.Symbols(response).Count <= 3);
    }

    [Fact]
    public async Task Search_DenseAfterEmbeddingsFinish_FindsByMeaningWithNoPendingNote()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        var ready = await server.WaitForIndexAsync();
        Assert.Equal(0, (long)ready["params"]!["folders"]![0]!["pendingEmbeddings"]!);

        // No shared words with the code: only embeddings can answer this.
        var response = await server.SearchAsync("flip the sequence of tokens in a phrase", mode: "dense", k: 2);

        Assert.Equal("reverse_words", Responses.Symbols(response)[0]);
        Assert.Empty(Responses.Result(response)["notes"]!.AsArray());
    }

    [Fact]
    public async Task Search_LanguageFilter_OnlyThatLanguage()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.WaitForIndexAsync();

        var response = await server.SearchAsync("split multiply reverse divisor", mode: "lexical", languages: ["java"]);

        var results = Responses.Result(response)["results"]!.AsArray();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("java", (string?)r!["language"]));
    }

    [Fact]
    public async Task Search_CancelledWhileWaitingForTheIndex_RequestCancelled()
    {
        // The server starts loading the engine at `initialized`; a search sent at once waits for it, and the cancel
        // reaches it there. On a loaded machine the engine can be ready before the cancel arrives, and then the
        // search is answered (a late cancel is ignored, as LSP says): a fresh server tries again, a few times.
        for (var attempt = 1; ; attempt++)
        {
            await using var server = new ServerHarness(model);
            await server.StartAsync();
            var id = await server.Client.SendRequestAsync("codeIntel/search", new { query = "greatest common divisor" });
            await server.Client.CancelAsync(id);

            var response = await server.Client.WaitForResponseAsync(id, ServerHarness.Patience);
            if (response.ContainsKey("result") && attempt < 5)
            {
                continue;
            }
            var (code, _) = Responses.Error(response);
            Assert.Equal(-32800, code);
            // The session goes on: a later search is answered.
            await server.WaitForIndexAsync();
            Assert.Contains("Demo.MathUtil.GreatestCommonDivisor", Responses.Symbols(await server.SearchAsync("greatest common divisor")));
            return;
        }
    }

    [Fact]
    public async Task Search_MultiRoot_ResultsFromEveryFolder()
    {
        await using var server = new ServerHarness(model);
        using var second = new TempDirectory();
        second.WriteFile("lib/checksum.py", "def adler32_checksum(data):\n    \"\"\"Adler-32 checksum of a byte string.\"\"\"\n    a, b = 1, 0\n    for x in data:\n        a = (a + x) % 65521\n        b = (b + a) % 65521\n    return (b << 16) | a\n");
        await server.StartAsync([server.Workspace.Root, second.Root]);
        await server.WaitForIndexAsync(folders: 2);

        var response = await server.SearchAsync("adler32 checksum greatest common divisor", mode: "lexical");

        var uris = Responses.Result(response)["results"]!.AsArray().Select(r => (string)r!["uri"]!).ToList();
        Assert.Contains(ServerHarness.Uri(second.PathOf("lib/checksum.py")), uris);
        Assert.Contains(server.UriOf("src/MathUtil.cs"), uris);
    }
}
