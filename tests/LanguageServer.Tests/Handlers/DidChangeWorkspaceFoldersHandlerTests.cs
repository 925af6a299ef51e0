using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class DidChangeWorkspaceFoldersHandlerTests(ModelFixture model)
{
    [Fact]
    public async Task FolderAddedThenRemoved_IndexedThenNoLongerSearched()
    {
        await using var server = new ServerHarness(model);
        using var added = new TempDirectory();
        added.WriteFile("crc.c", "/* Table-free CRC-32 of a buffer. */\nunsigned crc32_bitwise(const unsigned char* p, int n) { unsigned c = ~0u; while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xEDB88320u : c >> 1; } return ~c; }\n");
        await server.StartAsync();
        await server.WaitForIndexAsync();
        var folder = new { uri = ServerHarness.Uri(added.Root), name = "added" };

        await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = new[] { folder }, removed = Array.Empty<object>() } });
        await server.WaitForIndexAsync(folders: 2);
        Assert.Equal("crc32_bitwise", Responses.Symbols(await server.SearchAsync("crc32 bitwise", mode: "lexical"))[0]);

        await server.Client.NotifyAsync("workspace/didChangeWorkspaceFolders", new { @event = new { added = Array.Empty<object>(), removed = new[] { folder } } });
        var (code, message) = Responses.Error(await server.Client.RequestAsync("codeIntel/translate", new { uri = ServerHarness.Uri(added.PathOf("crc.c")), target = "python" }));
        Assert.Equal(-32602, code);
        Assert.Contains("outside the workspace folders", message);
        Assert.DoesNotContain("crc32_bitwise", Responses.Symbols(await server.SearchAsync("crc32 bitwise", mode: "lexical")));
    }
}
