using System.Text.Json.Nodes;
using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Diagnostics;

/// <summary>The clone rules of <c>codeintel analyze</c>, published on the document being edited.</summary>
[Collection(ServerGroup.Name)]
public sealed class CloneDiagnosticsTests(ModelFixture model)
{
    private const string Original = """
        namespace Demo;

        public static class Stats
        {
            public static double Variance(double[] values)
            {
                if (values.Length == 0)
                {
                    return 0;
                }
                var mean = 0.0;
                foreach (var v in values)
                {
                    mean += v;
                }
                mean /= values.Length;
                var sum = 0.0;
                foreach (var v in values)
                {
                    sum += (v - mean) * (v - mean);
                }
                return sum / values.Length;
            }
        }
        """;

    [Fact]
    public async Task DidOpen_RenamedCopyOfAFunctionInAnotherFile_WarnsOnItsFirstLineNamingTheOriginal()
    {
        await using var server = new ServerHarness(model);
        server.Workspace.WriteFile("src/Stats.cs", Original);
        var copy = Original.Replace("class Stats", "class Spread").Replace("Variance", "Dispersion").Replace("mean", "average");
        server.Workspace.WriteFile("src/Spread.cs", copy);
        await server.StartAsync();

        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = server.UriOf("src/Spread.cs"), languageId = "csharp", version = 1, text = copy } });
        var published = await PublishedAsync(server, "src/Spread.cs");

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("CI0001", (string?)diagnostic["code"]);
        Assert.Equal(4, (int?)diagnostic["range"]!["start"]!["line"]);
        Assert.Contains("'Demo.Stats.Variance' (src/Stats.cs:5)", (string?)diagnostic["message"]);
    }

    [Fact]
    public async Task DidChange_CopyEditedAway_DiagnosticCleared()
    {
        await using var server = new ServerHarness(model);
        server.Workspace.WriteFile("src/Stats.cs", Original);
        var copy = Original.Replace("class Stats", "class Spread");
        server.Workspace.WriteFile("src/Spread.cs", copy);
        await server.StartAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = server.UriOf("src/Spread.cs"), languageId = "csharp", version = 1, text = copy } });
        Assert.NotEmpty((await PublishedAsync(server, "src/Spread.cs", version: 1))["diagnostics"]!.AsArray());

        const string unrelated = "namespace Demo;\n\npublic static class Spread\n{\n    public static int One() => 1;\n}\n";
        await server.Client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = server.UriOf("src/Spread.cs"), version = 2 }, contentChanges = new[] { new { text = unrelated } } });

        Assert.Empty((await PublishedAsync(server, "src/Spread.cs", version: 2))["diagnostics"]!.AsArray());
    }

    private static async Task<JsonNode> PublishedAsync(ServerHarness server, string relative, int? version = null)
    {
        var uri = server.UriOf(relative);
        var message = await server.Client.WaitForNotificationAsync(
            "textDocument/publishDiagnostics",
            p => (string?)p?["uri"] == uri && (version is null || (int?)p?["version"] == version),
            ServerHarness.Patience);
        return message["params"]!;
    }
}
