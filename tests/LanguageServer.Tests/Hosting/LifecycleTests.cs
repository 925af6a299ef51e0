using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Hosting;

[Collection(ServerGroup.Name)]
public sealed class LifecycleTests(ModelFixture model)
{
    [Fact]
    public async Task Session_InitializeIndexSearchShutdownExit_ExitsWithZero()
    {
        await using var server = new ServerHarness(model);

        var init = Responses.Result(await server.StartAsync());
        Assert.Equal(2, (int)init["capabilities"]!["textDocumentSync"]!["change"]!);
        Assert.True((bool)init["capabilities"]!["workspaceSymbolProvider"]!);
        Assert.Equal("codeIntel/search", (string?)init["capabilities"]!["experimental"]!["codeIntel"]!["search"]);

        // Background indexing shows one progress: create, begin, end.
        var create = await server.Client.WaitForAsync(m => (string?)m["method"] == "window/workDoneProgress/create", "a progress token", ServerHarness.Patience);
        var token = (string)create["params"]!["token"]!;
        await server.Client.WaitForNotificationAsync("$/progress", p => (string?)p!["token"] == token && (string?)p["value"]!["kind"] == "begin");
        var end = await server.Client.WaitForNotificationAsync("$/progress", p => (string?)p!["token"] == token && (string?)p["value"]!["kind"] == "end", ServerHarness.Patience);
        Assert.Contains("chunks indexed", (string?)end["params"]!["value"]!["message"]);

        var search = await server.SearchAsync("greatest common divisor of two integers");
        var top = Responses.Result(search)["results"]![0]!;
        Assert.Equal("Demo.MathUtil.GreatestCommonDivisor", (string?)top["symbol"]);
        Assert.Equal(server.UriOf("src/MathUtil.cs"), (string?)top["uri"]);
        Assert.Equal(4, (int)top["range"]!["start"]!["line"]!); // the doc comment belongs to the method
        Assert.Contains("GreatestCommonDivisor", (string?)top["snippet"]);
        Assert.True((double)top["score"]! > 0);

        Assert.True(Responses.IsNullResult(await server.Client.RequestAsync("shutdown", null, ServerHarness.Patience)));
        await server.Client.NotifyAsync("exit", null);
        Assert.Equal(0, await server.Client.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Request_BeforeInitialize_ServerNotInitialized()
    {
        await using var server = new ServerHarness(model);

        var (code, message) = Responses.Error(await server.Client.RequestAsync("codeIntel/search", new { query = "gcd" }));

        Assert.Equal(-32002, code);
        Assert.Contains("before 'initialize'", message);
        // The server is still up and initialize works afterwards.
        Responses.Result(await server.StartAsync());
    }

    [Fact]
    public async Task Initialize_Twice_InvalidRequest()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var (code, message) = Responses.Error(await server.Client.RequestAsync("initialize", new { capabilities = new { } }));

        Assert.Equal(-32600, code);
        Assert.Contains("only once", message);
    }

    [Fact]
    public async Task Request_AfterShutdown_InvalidRequest()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        Assert.True(Responses.IsNullResult(await server.Client.RequestAsync("shutdown", null, ServerHarness.Patience)));

        var (code, message) = Responses.Error(await server.SearchAsync("gcd"));

        Assert.Equal(-32600, code);
        Assert.Contains("after 'shutdown'", message);
    }

    [Fact]
    public async Task Exit_WithoutShutdown_ExitsWithOne()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.NotifyAsync("exit", null);

        Assert.Equal(1, await server.Client.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Client_DisconnectsMidRequest_ServerExitsCleanly()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        // Sent while the model is still loading, so it is in flight when the client goes away.
        await server.Client.SendRequestAsync("codeIntel/search", new { query = "greatest common divisor" });

        server.Client.CloseInput();

        Assert.Equal(1, await server.Client.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("closed the connection without shutdown", server.Client.Stderr);
        Assert.DoesNotContain("Unhandled exception", server.Client.Stderr);
    }

    [Fact]
    public async Task SetTrace_Verbose_SearchIsTracedToTheClient()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.WaitForIndexAsync();

        await server.Client.NotifyAsync("$/setTrace", new { value = "verbose" });
        await server.SearchAsync("reverse words");

        var trace = await server.Client.WaitForNotificationAsync("$/logTrace", p => ((string?)p!["message"])?.StartsWith("search 'reverse words'", StringComparison.Ordinal) == true);
        Assert.Contains("results in", (string?)trace["params"]!["message"]);
    }
}
