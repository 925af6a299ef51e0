namespace CodeIntel.Cli.Tests.Commands;

public sealed class NeuralBenchCommandTests : IDisposable
{
    private readonly TempDirectory _empty = new();

    [SkippableFact]
    public async Task BenchNeural_ModelAndValidSplit_PrintsQualityAndSpeedFigures()
    {
        var model = TrainedModels.NeuralTranslation();
        Skip.If(model is null, TrainedModels.NeuralTranslationMissing);
        var data = SharedData.Folder("codexglue-java-cs");
        Skip.If(data is null, "shared/data/codexglue-java-cs is absent.");

        var run = await CliRun.InvokeAsync("bench", "neural", "--model", model!, "--data", data!, "--limit", "2", "--beam", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 pairs, beam 2, constraints on, KV cache on", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"BLEU-4 [\d.]+ \(copying the source: [\d.]+\); exact match [\d.]+% \(\d/2\); parses [\d.]+% \(\d/2\)", run.Stdout);
        Assert.Matches(@"speed: [\d.]+ output tokens/s", run.Stdout);
    }

    [SkippableFact]
    public async Task BenchNeural_DataFolderWithoutTheSplit_FailsNamingTheFiles()
    {
        var model = TrainedModels.NeuralTranslation();
        Skip.If(model is null, TrainedModels.NeuralTranslationMissing);

        var run = await CliRun.InvokeAsync("bench", "neural", "--model", model!, "--data", _empty.Root);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("valid.java-cs.txt.java", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _empty.Dispose();
}
