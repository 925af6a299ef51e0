namespace CodeIntel.Cli.Tests;

/// <summary>What a user sees when a command cannot do its work: one line saying why, not a stack trace.</summary>
public sealed class CommandRunnerTests
{
    [Fact]
    public async Task ModelDirectoryThatDoesNotExist_IsOneActionableLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), "codeintel-no-such-model-" + Guid.NewGuid().ToString("N"));

        var run = await CliRun.InvokeAsync("index", ".", "--model", missing);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith($"codeintel: The model directory '{missing}' does not exist.", run.Stderr);
        Assert.Contains("minilm, arctic-xs, minilm+arctic-xs", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task IndexLockedByAnotherProcess_SaysSoWithoutAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("codeintel-locked-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.py"), "def f():\n    return 1\n");
            var indexDir = Path.Combine(folder.FullName, ".index");
            Directory.CreateDirectory(indexDir);
            using var held = new FileStream(Path.Combine(indexDir, "index.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

            var run = await CliRun.InvokeAsync("index", folder.FullName, "--index-dir", indexDir);

            Assert.Equal(ExitCodes.Failure, run.ExitCode);
            Assert.Contains("Another process is updating the index", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
