using System.Text.Json;

namespace CodeIntel.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    private const string Body = """
            int total = 0;
            for (int i = 0; i < values.length; i++) {
                if (values[i] > limit) { total += values[i] * 2; }
                else { total -= values[i]; }
            }
            String message = "total " + total;
            System.out.println(message);
            return total > 100 ? total : -total;
        """;

    private static void WriteClones(TempDirectory temp)
    {
        temp.WriteFile("src/A.java", "class A {\n    int sum(int[] values, int limit) {\n" + Body + "    }\n}\n");
        temp.WriteFile("src/B.java", "class B {\n    int compute(int[] values, int limit) {\n" + Body + "    }\n}\n");
    }

    [Fact]
    public async Task Analyze_ClonesWithFailOnWarning_Exits3AndWritesSarif()
    {
        using var temp = new TempDirectory();
        WriteClones(temp);
        var sarifPath = temp.PathOf("out.sarif");

        var run = await CliRun.InvokeAsync("analyze", temp.Root, "--sarif", sarifPath, "--fail-on", "warning");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("src/A.java:2: warning CI0001: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 CI0001", run.Stdout, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal("src/B.java", results[0].GetProperty("relatedLocations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Analyze_ClonesWithDefaultFailOn_Exits0()
    {
        using var temp = new TempDirectory();
        WriteClones(temp);

        var run = await CliRun.InvokeAsync("analyze", temp.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning CI0001", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MissingPath_Exits1WithTheName()
    {
        var run = await CliRun.InvokeAsync("analyze", "no/such/dir");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no/such/dir", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_SimilarityOutOfRange_Exits2()
    {
        using var temp = new TempDirectory();
        var run = await CliRun.InvokeAsync("analyze", temp.Root, "--min-similarity", "1.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MinSimilarity", run.Stderr, StringComparison.Ordinal);
    }
}
