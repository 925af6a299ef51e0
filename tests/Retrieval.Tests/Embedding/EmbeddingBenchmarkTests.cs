using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

[Collection(MiniLmGroup.Name)]
public sealed class EmbeddingBenchmarkTests(MiniLmFixture model)
{
    [Fact]
    public async Task RunAsync_BaselineAgainstBatched_PrintsBothAndAgreesOnTheVectors()
    {
        using var baseline = new UnbatchedOnnxEmbedder(model.ModelDirectory);
        var texts = CodeSnippets.Tricky.Where(t => t.Length > 0).ToArray();
        var output = new StringWriter();

        var report = await new EmbeddingBenchmark().RunAsync(baseline, model.Embedder, texts, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("UnbatchedOnnxEmbedder all-MiniLM-L6-v2/exit6/fp32/words/abbreviations: ", lines[0]);
        Assert.StartsWith("OnnxEmbedder all-MiniLM-L6-v2/exit6/fp32/words/abbreviations: ", lines[1]);
        Assert.All(lines[..2], l => Assert.Contains($"{texts.Length} chunks", l));
        Assert.Contains("tokens/s", lines[2]);
        Assert.Equal(report.First.Tokens, report.Second.Tokens);
        Assert.True(report.MaxAbsoluteDifference < 1e-4);
    }
}
