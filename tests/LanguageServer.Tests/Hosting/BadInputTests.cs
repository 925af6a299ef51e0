using System.Text;
using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Hosting;

/// <summary>Every kind of bad input gets a JSON-RPC error (or a logged notice when there is no id) and the server stays up.</summary>
[Collection(ServerGroup.Name)]
public sealed class BadInputTests(ModelFixture model)
{
    private static byte[] Frame(string body, int? length = null) =>
        Encoding.UTF8.GetBytes($"Content-Length: {length ?? Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    [Fact]
    public async Task MalformedJson_WithId_ParseErrorForThatIdAndServerStaysUp()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.SendRawAsync(Frame("""{"jsonrpc":"2.0","id":901,"method":"codeIntel/search","params":{"query": }"""));

        var (code, message) = Responses.Error(await server.Client.WaitForResponseAsync(901));
        Assert.Equal(-32700, code);
        Assert.Contains("not valid JSON", message);
        Assert.Equal(-32601, Responses.Error(await server.Client.RequestAsync("no/such/method", null)).Code);
    }

    [Fact]
    public async Task ContentLength_TooShort_ErrorThenNextMessageAnswered()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        const string body = """{"jsonrpc":"2.0","id":902,"method":"workspace/symbol","params":{"query":"reverse"}}""";

        await server.Client.SendRawAsync(Frame(body, body.Length - 10));

        var (code, message) = Responses.Error(await server.Client.WaitForResponseAsync(902));
        Assert.Equal(-32700, code);
        Assert.Contains("Content-Length", message);
        // The leftover bytes are skipped and the next frame is read normally.
        Assert.NotNull(Responses.Result(await server.Client.RequestAsync("workspace/symbol", new { query = "reverse" }, ServerHarness.Patience)));
    }

    [Fact]
    public async Task ContentLength_TooLong_ErrorForTheFirstIdOnceBytesArriveThenServerStaysUp()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        const string first = """{"jsonrpc":"2.0","id":905,"method":"workspace/symbol","params":{"query":"reverse"}}""";
        var swallowed = Frame("""{"jsonrpc":"2.0","id":906,"method":"workspace/symbol","params":{"query":"gcd"}}""");

        // The first length claims the next frame too: the body then is not one JSON value.
        await server.Client.SendRawAsync([.. Frame(first, first.Length + swallowed.Length), .. swallowed]);

        var (code, _) = Responses.Error(await server.Client.WaitForResponseAsync(905));
        Assert.Equal(-32700, code);
        Assert.NotNull(Responses.Result(await server.Client.RequestAsync("workspace/symbol", new { query = "reverse" }, ServerHarness.Patience)));
    }

    [Fact]
    public async Task ContentLength_Missing_LoggedToTheUserAndServerStaysUp()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Type: application/json\r\n\r\n"));

        var notice = await server.Client.WaitForNotificationAsync("window/logMessage", p => ((string?)p!["message"])?.Contains("no Content-Length") == true);
        Assert.Equal(1, (int)notice["params"]!["type"]!);
        Assert.NotNull(Responses.Result(await server.Client.RequestAsync("workspace/symbol", new { query = "gcd" }, ServerHarness.Patience)));
    }

    [Fact]
    public async Task ContentLength_NotANumber_LoggedToTheUser()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: lots\r\n\r\n"));

        await server.Client.WaitForNotificationAsync("window/logMessage", p => ((string?)p!["message"])?.Contains("'lots' is not a byte count") == true);
    }

    [Fact]
    public async Task NotJsonRpc2_InvalidRequest()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.SendRawAsync(Frame("""{"jsonrpc":"1.0","id":903,"method":"workspace/symbol","params":{"query":"x"}}"""));

        var (code, message) = Responses.Error(await server.Client.WaitForResponseAsync(903));
        Assert.Equal(-32600, code);
        Assert.Contains("\"2.0\"", message);
    }

    [Fact]
    public async Task UnknownMethod_MethodNotFound()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var (code, message) = Responses.Error(await server.Client.RequestAsync("codeIntel/doSomethingElse", new { }));

        Assert.Equal(-32601, code);
        Assert.Contains("codeIntel/doSomethingElse", message);
    }

    [Theory]
    [InlineData("""{"k":5}""", "query")]
    [InlineData("""{"query":"gcd","k":"ten"}""", "$.k")]
    [InlineData("""{"query":"gcd","mode":"psychic"}""", "$.mode")]
    [InlineData("""{"query":"gcd","k":0}""", "k must be from 1 to 200")]
    [InlineData("""{"query":"   "}""", "query is empty")]
    [InlineData("""[1,2]""", "params must be a JSON object")]
    public async Task Search_InvalidParams_InvalidParamsNamingTheProblem(string parameters, string expected)
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        await server.Client.SendRawAsync(Frame($$"""{"jsonrpc":"2.0","id":904,"method":"codeIntel/search","params":{{parameters}}}"""));

        var (code, message) = Responses.Error(await server.Client.WaitForResponseAsync(904, ServerHarness.Patience));
        Assert.Equal(-32602, code);
        Assert.Contains(expected, message);
    }

    [Fact]
    public async Task Uri_OutsideTheWorkspace_Refused()
    {
        await using var server = new ServerHarness(model);
        using var outside = new TempDirectory();
        var secret = outside.WriteFile("secret.cs", "class Secret { void Leak() {} }");
        await server.StartAsync();

        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = ServerHarness.Uri(secret), languageId = "csharp", version = 1, text = "class Secret {}" } });
        var translate = await server.Client.RequestAsync("codeIntel/translate", new { uri = ServerHarness.Uri(secret), target = "python" });
        var escape = await server.Client.RequestAsync("codeIntel/translate", new { uri = server.WorkspaceUri + "/../" + Path.GetFileName(outside.Root) + "/secret.cs", target = "python" });
        var actions = await server.Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = "https://example.com/a.cs" }, range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, context = new { diagnostics = Array.Empty<object>() } });

        Assert.Equal(-32602, Responses.Error(translate).Code);
        Assert.Contains("outside the workspace folders", Responses.Error(translate).Message);
        Assert.Contains("outside the workspace folders", Responses.Error(escape).Message);
        Assert.Contains("not a file:// URI", Responses.Error(actions).Message);
        Assert.Contains("not tracked (outside the workspace folders)", server.Client.Stderr);
    }
}
