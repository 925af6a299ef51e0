using System.Text.Json;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class ChunksCommandTests : IDisposable
{
    private readonly TempDirectory _tree = new();

    public ChunksCommandTests()
    {
        _tree.WriteFile("src/Shop/Cart.cs", "namespace Shop;\n\npublic class Cart\n{\n    public int Count()\n    {\n        return 0;\n    }\n}\n");
        _tree.WriteFile("scripts/tool.py", "def main():\n    print('hi')\n");
        _tree.WriteBytes("assets/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]);
        _tree.WriteFile("build/out.js", "function ignored() {}\n");
        _tree.WriteFile(".gitignore", "build/\n");
    }

    [Fact]
    public async Task Chunks_Directory_ListsChunksSkipsWithReasonsAndSummarises()
    {
        var run = await CliRun.InvokeAsync("chunks", _tree.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("src/Shop/Cart.cs:3-9  Class       Shop.Cart  (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("src/Shop/Cart.cs:5-8  Method      Shop.Cart.Count  (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("scripts/tool.py:1-2  Function    main  (", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"skipped  assets/logo\.png: binary", run.Stdout);
        Assert.DoesNotContain("ignored", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"csharp\s+1\s+2\s", run.Stdout);
        Assert.Matches(@"python\s+1\s+1\s", run.Stdout);
        Assert.Matches(@"3 files, 4 chunks, 1 skipped, 0 warnings in [\d.]+ s \([\d.]+ MB/s, \d+ files/s\)", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Chunks_Json_WritesOneDocumentWithChunksSkippedAndSummary()
    {
        var run = await CliRun.InvokeAsync("chunks", _tree.Root, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        var cart = files.Single(f => f.GetProperty("path").GetString() == "src/Shop/Cart.cs");
        Assert.Equal("csharp", cart.GetProperty("language").GetString());
        var method = cart.GetProperty("chunks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Method");
        Assert.Equal("Shop.Cart.Count", method.GetProperty("symbolPath").GetString());
        Assert.Equal(5, method.GetProperty("startLine").GetInt32());
        Assert.StartsWith("public int Count()", method.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(32, method.GetProperty("id").GetString()!.Length);
        Assert.Equal("assets/logo.png", json.RootElement.GetProperty("skipped")[0].GetProperty("path").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("summary").GetProperty("chunks").GetInt32());
    }

    [Fact]
    public async Task Chunks_SingleFile_ListsThatFileOnly()
    {
        var run = await CliRun.InvokeAsync("chunks", Path.Combine(_tree.Root, "scripts", "tool.py"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tool.py:1-2  Function    main", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 files, 1 chunks", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunks_MissingPath_ExitsOneWithMessageOnStderr()
    {
        var run = await CliRun.InvokeAsync("chunks", Path.Combine(_tree.Root, "nope"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file or directory", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Chunks_InvalidOption_ExitsTwoWithUsageHint()
    {
        var run = await CliRun.InvokeAsync("chunks", _tree.Root, "--max-tokens", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("many", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("codeintel --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunks_Help_DescribesOptionsAndExitCodes()
    {
        var run = await CliRun.InvokeAsync("chunks", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--json", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Exit codes", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chunks_TinyTokenBudget_SplitsTheMethodIntoParts()
    {
        _tree.WriteFile("src/Long.java", "class Long {\n  int f() {\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"    int v{i} = compute({i}, {i + 1});\n")) + "    return 0;\n  }\n}\n");

        var run = await CliRun.InvokeAsync("chunks", Path.Combine(_tree.Root, "src", "Long.java"), "--max-tokens", "60");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Method\s+Long\.f \[1/\d+\]", run.Stdout);
    }

    public void Dispose() => _tree.Dispose();
}
