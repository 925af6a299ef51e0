using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class WorkspaceSymbolHandlerTests(ModelFixture model)
{
    [Fact]
    public async Task WorkspaceSymbol_Name_SymbolWithKindContainerAndLocation()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.WaitForIndexAsync();

        var symbols = Responses.Result(await server.Client.RequestAsync("workspace/symbol", new { query = "GreatestCommonDivisor" })).AsArray();

        var gcd = symbols.First(s => (string?)s!["name"] == "GreatestCommonDivisor")!;
        Assert.Equal(6, (int)gcd["kind"]!); // Method
        Assert.Equal("Demo.MathUtil", (string?)gcd["containerName"]);
        Assert.Equal(server.UriOf("src/MathUtil.cs"), (string?)gcd["location"]!["uri"]);
    }

    [Fact]
    public async Task WorkspaceSymbol_EmptyQuery_EmptyList()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        Assert.Empty(Responses.Result(await server.Client.RequestAsync("workspace/symbol", new { query = "" })).AsArray());
    }
}
