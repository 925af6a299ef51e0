using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>The benchmark's runs do what their labels say; its timings are printed, never asserted.</summary>
public class IndexBenchmarkTests
{
    [Fact]
    public async Task RunAsync_SmallTree_ReportsColdNoOpTouchAndEditRunsAndLeavesTheTreeAlone()
    {
        using var fixture = new IndexFixture();
        var paths = SampleTree.Write(fixture.Tree, 9);
        var before = paths.ToDictionary(p => p, p => File.ReadAllText(fixture.Tree.PathOf(p)));
        var output = new StringWriter();

        var result = await IndexBenchmark.RunAsync(
            fixture.Tree.Root, fixture.Embedder, _ => new VectorIndexTarget(new InMemoryVectorIndex()), fixture.Chunker, fixture.Detector, output);

        Assert.Equal(["cold", "no-op", "touch", "edit"], result.Runs.Select(r => r.Label));
        var (cold, noOp, touch, edit) = (result.Runs[0].Summary, result.Runs[1].Summary, result.Runs[2].Summary, result.Runs[3].Summary);
        Assert.Equal((9, 9), (result.Files, cold.FilesAdded));
        Assert.Equal((9, 0, 0), (noOp.FilesUnchanged, noOp.ChunksAdded, noOp.ChunksEmbedded));
        Assert.Equal((9, 0), (touch.FilesUnchanged, touch.ChunksEmbedded));
        Assert.Equal((1, 1), (edit.FilesChanged, edit.ChunksEmbedded));
        Assert.True(result.DatabaseBytes > 0);
        Assert.Equal(5, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.All(paths, p => Assert.Equal(before[p], File.ReadAllText(fixture.Tree.PathOf(p))));
    }
}
