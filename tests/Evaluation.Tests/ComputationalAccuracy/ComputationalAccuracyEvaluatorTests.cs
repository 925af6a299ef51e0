using CodeIntel.Evaluation.ComputationalAccuracy;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Tests;

namespace CodeIntel.Evaluation.Tests.ComputationalAccuracy;

public sealed class ComputationalAccuracyEvaluatorTests
{
    private static readonly PythonHarness Harness = new("python3", TimeSpan.FromSeconds(20));

    private static TranscoderSuite Suite(int limit)
    {
        var folder = SharedData.Folder("transcoder-gfg");
        Skip.If(folder is null, "shared/data/transcoder-gfg is not on this machine.");
        Skip.If(!OnPath("python3"), "python3 is not on the PATH.");
        return TranscoderSuite.Load(folder!, "java", limit);
    }

    [SkippableFact]
    public async Task Evaluate_SystemReturningTheGoldPython_PassesEveryProblem()
    {
        var suite = Suite(limit: 8);

        var run = await ComputationalAccuracyEvaluator.EvaluateAsync(new GoldPython(suite), suite, Harness);

        Assert.Equal(8, run.Score!.Items);
        Assert.Equal(100, run.Score.Find("CA")!.Value, 6);
    }

    [SkippableFact]
    public async Task Evaluate_SystemReturningWrongCode_PassesNothing()
    {
        var suite = Suite(limit: 4);

        var run = await ComputationalAccuracyEvaluator.EvaluateAsync(new Constant("def f_gold(*args):\n    return 'wrong'\n"), suite, Harness);

        Assert.Equal(0, run.Score!.Find("CA")!.Value, 6);
    }

    [SkippableFact]
    public void Load_JavaSources_ExtractsTheGoldMethod()
    {
        var suite = Suite(limit: 3);

        Assert.All(suite.Problems, p => Assert.Contains("f_gold", p.Source.Split('(')[0]));
        Assert.All(suite.Problems, p => Assert.EndsWith("}", p.Source.TrimEnd()));
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Answers each problem with the Python script's own f_gold: a harness check, not a translator.</summary>
    private sealed class GoldPython(TranscoderSuite suite) : ITranslationSystem
    {
        public string Name => "gold";

        public string? Unavailable(string sourceLanguage, string targetLanguage) => null;

        public async Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default)
        {
            var problem = suite.Problems.First(p => p.Source == source);
            var script = await File.ReadAllTextAsync(problem.HarnessPath, cancellationToken);
            var start = script.IndexOf("def f_gold", StringComparison.Ordinal);
            return script[start..script.IndexOf("#TOFILL", StringComparison.Ordinal)];
        }
    }

    private sealed class Constant(string code) : ITranslationSystem
    {
        public string Name => "constant";

        public string? Unavailable(string sourceLanguage, string targetLanguage) => null;

        public Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default) => Task.FromResult(code);
    }
}
