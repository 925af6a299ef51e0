using CodeIntel.LanguageServer.Tests.Support;

namespace CodeIntel.LanguageServer.Tests.Handlers;

[Collection(ServerGroup.Name)]
public sealed class TranslateHandlerTests(ModelFixture model)
{
    private static readonly object Whole = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } };

    [Fact]
    public async Task CodeAction_CppFile_OffersPythonAndCudaAsTranslateCommands()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var actions = Responses.Result(await server.Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = server.UriOf("src/matrix.cpp") }, range = Whole, context = new { diagnostics = Array.Empty<object>() } })).AsArray();

        Assert.Equal(["Translate to Python", "Translate to CUDA"], actions.Select(a => (string)a!["title"]!));
        Assert.All(actions, a => Assert.Equal("codeIntel.translate", (string?)a!["command"]!["command"]));
        Assert.Equal("cuda", (string?)actions[1]!["command"]!["arguments"]![0]!["target"]);
    }

    [Fact]
    public async Task CodeAction_PythonFile_NoTranslation()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var actions = Responses.Result(await server.Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = server.UriOf("src/strings.py") }, range = Whole, context = new { } })).AsArray();

        Assert.Empty(actions);
    }

    [Fact]
    public async Task CodeAction_ClientWithoutLiterals_PlainCommands()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync(capabilities: ServerHarness.Capabilities(literals: false));

        var actions = Responses.Result(await server.Client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = server.UriOf("src/MathUtil.cs") }, range = Whole, context = new { } })).AsArray();

        var only = Assert.Single(actions)!;
        Assert.Equal("codeIntel.translate", (string?)only["command"]);
        Assert.Null(only["kind"]);
    }

    [Fact]
    public async Task Translate_CSharpMethodRange_ReturnsPythonFromTheCSharpExpert()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = server.UriOf("src/MathUtil.cs"), languageId = "csharp", version = 1, text = File.ReadAllText(server.Workspace.PathOf("src/MathUtil.cs")) } });

        var response = await server.Client.RequestAsync("codeIntel/translate", new { uri = server.UriOf("src/MathUtil.cs"), target = "python", range = new { start = new { line = 5, character = 0 }, end = new { line = 14, character = 0 } } });

        var answer = Responses.Result(response);
        Assert.Equal("ast-csharp-python", (string?)answer["translator"]);
        Assert.Contains("def GreatestCommonDivisor(a, b):", (string?)answer["text"]);
    }

    [Fact]
    public async Task Translate_NoTranslatorYet_RequestFailedSayingNotAvailableYet()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();
        await server.Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = server.UriOf("src/MathUtil.cs"), languageId = "csharp", version = 1, text = File.ReadAllText(server.Workspace.PathOf("src/MathUtil.cs")) } });

        var response = await server.Client.RequestAsync("codeIntel/translate", new { uri = server.UriOf("src/MathUtil.cs"), target = "cuda", range = new { start = new { line = 5, character = 0 }, end = new { line = 14, character = 0 } } });

        var (code, message) = Responses.Error(response);
        Assert.Equal(-32803, code);
        Assert.Equal("Translation from C# to CUDA is not available yet.", message);
    }

    [Fact]
    public async Task Translate_UnknownTarget_InvalidParamsListingTargets()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var (code, message) = Responses.Error(await server.Client.RequestAsync("codeIntel/translate", new { text = "int f() { return 1; }", target = "rust" }));

        Assert.Equal(-32602, code);
        Assert.Contains("python, cpp, cuda", message);
    }

    [Fact]
    public async Task Translate_MissingFile_InvalidParamsNamingIt()
    {
        await using var server = new ServerHarness(model);
        await server.StartAsync();

        var (code, message) = Responses.Error(await server.Client.RequestAsync("codeIntel/translate", new { uri = server.UriOf("src/Gone.cs"), target = "python" }));

        Assert.Equal(-32602, code);
        Assert.Contains("Gone.cs does not exist", message);
    }
}
