using System.Text.Json;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class GateBenchCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BenchGate_Snippets_PrintsAccuracyOverTheFiveAndTheConfusionMatrix()
    {
        var lines = new[]
        {
            ("java", "public static int twice(int x) {\n    System.out.println(x);\n    return x * 2;\n}"),
            ("cpp", "#include <vector>\nint twice(std::vector<int>& v) {\n    std::cout << v.size();\n    return 2;\n}"),
            ("php", "<?php\nfunction twice($x) {\n    echo $x;\n    return $x * 2;\n}"),
            ("python", "def twice(x):\n    return x * 2\n"),
        }.Select(p => JsonSerializer.Serialize(new { label = p.Item1, source = "test", text = p.Item2 }));
        var path = _folder.WriteFile("held.jsonl", string.Join("\n", lines) + "\n");

        var run = await CliRun.InvokeAsync("bench", "gate", "--snippets", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("accuracy, all languages: 100.00% (4 of 4)", run.Stdout);
        Assert.Contains("accuracy, the five translation sources: 100.00% (3 of 3)", run.Stdout);
        Assert.Matches(@"php\s+0\s+0\s+0\s+0\s+1", run.Stdout);
    }

    [Fact]
    public async Task BenchGate_MissingFile_SaysHowToWriteIt()
    {
        var run = await CliRun.InvokeAsync("bench", "gate", "--snippets", _folder.PathOf("none.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("held_out.py", run.Stderr);
    }
}
