using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class WorkDoneProgressCancelHandlerTests(ModelFixture model)
{
    [Fact]
    public async Task UserCancelsIndexingProgress_ProgressEndsCancelledAndServerKeepsAnswering()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        var begin = await server.Client.WaitForNotificationAsync("$/progress", p => (string?)p!["value"]!["kind"] == "begin", ServerHarness.Patience);
        Assert.True((bool)begin["params"]!["value"]!["cancellable"]!);

        await server.Client.NotifyAsync("window/workDoneProgress/cancel", new { token = (string)begin["params"]!["token"]! });

        var end = await server.Client.WaitForNotificationAsync("$/progress", p => (string?)p!["value"]!["kind"] == "end", ServerHarness.Patience);
        Assert.Contains("cancelled", (string?)end["params"]!["value"]!["message"]);
        await server.WaitForIndexAsync(state: "cancelled", minChunks: 0);
        Assert.NotNull(Responses.Result(await server.SearchAsync("greatest common divisor", mode: "lexical")));
    }

    [Fact]
    public async Task ClientWithoutProgressCapability_NoProgressButStatusNotifications()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync(capabilities: ServerHarness.Capabilities(progress: false));

        await server.WaitForIndexAsync();

        Assert.DoesNotContain(server.Client.Received, m => (string?)m["method"] is "window/workDoneProgress/create" or "$/progress");
    }
}
