using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class DidChangeWatchedFilesHandlerTests(ModelFixture model)
{
    [Fact]
    public async Task WatchedFileCreated_FolderReindexed_NewFunctionFound()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        var before = await server.WaitForIndexAsync();
        var chunks = (long)before["params"]!["folders"]![0]!["chunks"]!;
        await server.Client.WaitForAsync(m => (string?)m["method"] == "client/registerCapability", "the file watcher registration");

        var path = server.Workspace.WriteFile("src/haversine.js", "// Great-circle distance between two points on a sphere.\nfunction haversineDistance(lat1, lon1, lat2, lon2) {\n  const r = 6371;\n  return r * 2;\n}\n");
        await server.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = ServerHarness.Uri(path), type = 1 } } });

        await server.WaitForIndexAsync(minChunks: (int)chunks + 1);
        Assert.Equal("haversineDistance", Responses.Symbols(await server.SearchAsync("haversine distance", mode: "lexical"))[0]);
    }

    [Fact]
    public async Task DocumentSaved_FolderReindexed_DeletedFunctionGone()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.WaitForIndexAsync();
        var uri = server.UriOf("src/CsvParser.java");

        File.WriteAllText(server.Workspace.PathOf("src/CsvParser.java"), "public class CsvParser {\n    public static int columnCount(String header) { return header.split(\",\").length; }\n}\n");
        await server.Client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri } });

        await server.Client.WaitForAsync(
            m => server.Client.Received.Count(x => (string?)x["method"] == "codeIntel/indexStatus" && (string?)x["params"]!["folders"]![0]!["state"] == "ready") >= 2,
            "the second run to finish", ServerHarness.Patience);
        var symbols = Responses.Symbols(await server.SearchAsync("parse csv line column count", mode: "lexical"));
        Assert.Contains("CsvParser.columnCount", symbols);
        Assert.DoesNotContain("CsvParser.parseCsvLine", symbols);
    }
}
