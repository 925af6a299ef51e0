namespace CodeIntel.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDirectory _tree = new();

    [Fact]
    public async Task BenchChunks_Tree_PrintsRunsMedianAndThroughputFigures()
    {
        for (var i = 0; i < 5; i++)
        {
            _tree.WriteFile($"src/File{i}.cs", $"class C{i}\n{{\n    int F() => {i};\n}}\n");
        }

        var run = await CliRun.InvokeAsync("bench", "chunks", _tree.Root, "--repeat", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"warm-up\s+[\d.]+ s\s+[\d.]+ MB/s\s+\d+ files/s", run.Stdout);
        Assert.Matches(@"run 2\s+[\d.]+ s", run.Stdout);
        Assert.Matches(@"median\s+[\d.]+ s", run.Stdout);
        Assert.Contains("files 5, skipped 0, chunks 10", run.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _tree.Dispose();
}
