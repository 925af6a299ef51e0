using CodeIntel.Evaluation.CodeTranslation;
using CodeIntel.Evaluation.Metrics.CodeBleu;
using CodeIntel.Evaluation.Systems;

namespace CodeIntel.Evaluation.Tests.CodeTranslation;

public sealed class TranslationEvaluatorTests
{
    private static readonly TranslationPairs Pairs = new("toy", "java", "csharp", CodeBleuLanguage.CSharp,
        ["int f ( int a ) { return a ; }", "void g ( ) { }"],
        ["int F ( int a ) { return a ; }", "void G ( ) { }"], []);

    [Fact]
    public async Task Evaluate_UnavailableSystem_ReportsTheReasonAndNoScore()
    {
        var run = await TranslationEvaluator.EvaluateAsync("code-to-code-trans", new NoExpert(), Pairs);

        Assert.False(run.Available);
        Assert.Null(run.Score);
        Assert.Equal("no expert", run.UnavailableReason);
    }

    [Fact]
    public async Task Evaluate_PerfectSystem_ScoresFullMarks()
    {
        var run = await TranslationEvaluator.EvaluateAsync("code-to-code-trans", new Oracle(Pairs), Pairs);

        Assert.Equal(100, run.Score!.Find("EM")!.Value, 6);
        Assert.Equal(100, run.Score.Find("BLEU")!.Value, 6);
    }

    [Fact]
    public async Task Evaluate_MultiLineOutput_IsJoinedSoLinesStayAligned()
    {
        var run = await TranslationEvaluator.EvaluateAsync("code-to-code-trans", new Oracle(Pairs, breakLines: true), Pairs);

        Assert.Equal(2, run.Score!.Items);
        Assert.Equal(100, run.Score.Find("BLEU")!.Value, 6);
    }

    private sealed class NoExpert : ITranslationSystem
    {
        public string Name => "none";

        public string? Unavailable(string sourceLanguage, string targetLanguage) => "no expert";

        public Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("must not be called");
    }

    private sealed class Oracle(TranslationPairs pairs, bool breakLines = false) : ITranslationSystem
    {
        public string Name => "oracle";

        public string? Unavailable(string sourceLanguage, string targetLanguage) => null;

        public Task<string> TranslateAsync(string source, string sourceLanguage, string targetLanguage, CancellationToken cancellationToken = default)
        {
            var answer = pairs.References[pairs.Sources.ToList().IndexOf(source)];
            return Task.FromResult(breakLines ? answer.Replace(" { ", "\n{\n", StringComparison.Ordinal) : answer);
        }
    }
}
