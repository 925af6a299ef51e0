namespace CodeIntel.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempDirectory _tree = new();

    [Fact]
    public async Task Search_RepositoryWithoutIndex_ExitsOneAndSaysHowToIndex()
    {
        var run = await CliRun.InvokeAsync("search", "retry http", "--repo", _tree.Root, "--index-dir", Path.Combine(_tree.Root, "no-index"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no index yet", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("codeintel index", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Search_UnknownMode_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("search", "retry", "--mode", "fuzzy");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fuzzy", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MissingDirectory_ExitsOneWithMessage()
    {
        var run = await CliRun.InvokeAsync("index", Path.Combine(_tree.Root, "nope"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such directory", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _tree.Dispose();
}
