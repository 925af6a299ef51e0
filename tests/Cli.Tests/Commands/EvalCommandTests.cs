using System.Text.Json;
using CodeIntel.Tests;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    private static string Formats()
    {
        var folder = SharedData.Folder("codexglue-formats");
        Skip.If(folder is null, "shared/data/codexglue-formats is not on this machine.");
        return folder!;
    }

    [SkippableFact]
    public async Task CodeToCode_OfficialSampleFiles_PrintsTheEvaluatorsBleuAndAccuracy()
    {
        var folder = Path.Combine(Formats(), "code-to-code-trans");

        var run = await CliRun.InvokeAsync("eval", "code-to-code-trans", "--predictions", Path.Combine(folder, "predictions.txt"), "--references", Path.Combine(folder, "references.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("| 61.08 | 50.00 |", run.Stdout);
    }

    [SkippableFact]
    public async Task Min_ThresholdAboveTheScore_ExitsThreeAndSaysWhich()
    {
        var folder = Path.Combine(Formats(), "clone-poj104");

        var run = await CliRun.InvokeAsync("eval", "clone-poj104", "--predictions", Path.Combine(folder, "predictions.jsonl"), "--references", Path.Combine(folder, "test.jsonl"), "--min", "MAP@R=0.9");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("threshold not met", run.Stderr);
        Assert.Contains("MAP@R 0.5833 < 0.9", run.Stderr);
    }

    [SkippableFact]
    public async Task Min_ThresholdMet_ExitsZero()
    {
        var folder = Path.Combine(Formats(), "nl-code-search-adv");

        var run = await CliRun.InvokeAsync("eval", "advtest", "--predictions", Path.Combine(folder, "predictions.jsonl"), "--references", Path.Combine(folder, "test.jsonl"), "--min", "MRR=0.42");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0.4233", run.Stdout);
    }

    [Fact]
    public async Task Predictions_MisalignedFiles_ExitOneNamingTheLine()
    {
        using var temp = new TempDirectory();
        var references = temp.WriteFile("references.txt", "int a ;\nint b ;\n");
        var predictions = temp.WriteFile("predictions.txt", "int a ;\n");

        var run = await CliRun.InvokeAsync("eval", "code-refinement", "--predictions", predictions, "--references", references);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("references.txt:2 has no counterpart", run.Stderr);
    }

    [Fact]
    public async Task Generation_NeitherFilesNorData_ExplainsWhatToPass()
    {
        var run = await CliRun.InvokeAsync("eval", "code-to-code-trans");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--predictions FILE --references FILE", run.Stderr);
    }

    [SkippableFact]
    public async Task System_CopyAndAst_CopyScoredAstReportedNotAvailable()
    {
        var data = SharedData.Folder("codexglue-java-cs");
        Skip.If(data is null, "shared/data/codexglue-java-cs is not on this machine.");
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("eval", "code-to-code-trans", "--data", data!, "--direction", "java-cs", "--out", temp.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\| java-cs/valid \| copy \| 499 \| \d+\.\d\d \|", run.Stdout);
        Assert.Contains("| ast | - |", run.Stdout);
        Assert.Contains("not available", run.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(temp.PathOf("code-to-code-trans_java-cs-valid_copy.json")));
        Assert.Equal("copy", json.RootElement.GetProperty("system").GetString());
        Assert.Equal(64, json.RootElement.GetProperty("data_sha256").GetString()!.Length);
        Assert.True(json.RootElement.GetProperty("metrics").GetProperty("BLEU").GetDouble() > 0);
        var html = File.ReadAllText(temp.PathOf("report.html"));
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
    }

    [SkippableFact]
    public async Task All_SamplesAndTranslation_WritesOneJsonPerRunAndTheReports()
    {
        var root = SharedData.Root();
        Skip.If(root is null, "shared/data is not on this machine.");
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("eval", "all", "--data", root!, "--skip", "clone-java-cs", "cosqa", "code-refinement", "coderosetta", "--out", temp.Root);

        Assert.Equal(0, run.ExitCode);
        var results = Directory.GetFiles(temp.Root, "*.json");
        Assert.Contains(results, f => f.EndsWith("clone-bcb_clone-bcb_official-sample.json", StringComparison.Ordinal));
        Assert.Contains(results, f => f.EndsWith("code-to-code-trans_cs-java-valid_copy.json", StringComparison.Ordinal));
        Assert.True(File.Exists(temp.PathOf("summary.md")));
        Assert.Contains("| clone-poj104 | clone-poj104 | official-sample | 6 |", File.ReadAllText(temp.PathOf("summary.md")));
    }
}
