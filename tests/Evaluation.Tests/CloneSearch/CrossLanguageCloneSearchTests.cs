using CodeIntel.Evaluation.CloneSearch;
using CodeIntel.Evaluation.Systems;

namespace CodeIntel.Evaluation.Tests.CloneSearch;

public sealed class CrossLanguageCloneSearchTests
{
    [Fact]
    public async Task Evaluate_EmbedderThatSeesIdentifiers_FindsEachTranslationFirst()
    {
        string[] java = ["int sum(int a, int b)", "void clearCache()", "String readName()"];
        string[] cs = ["int Sum(int a, int b)", "void ClearCache()", "string ReadName()"];

        var run = await CrossLanguageCloneSearch.EvaluateAsync(new LetterCounts(), java, cs);

        Assert.Equal(1.0, run.Score!.Find("MRR")!.Value, 6);
        Assert.Equal(1.0, run.Score.Find("MAP")!.Value, 6);
    }

    [Fact]
    public async Task Evaluate_EmbedderThatSeesNothing_RanksByIdAndScoresBelowOne()
    {
        string[] java = ["a", "b", "c"];
        string[] cs = ["x", "y", "z"];

        var run = await CrossLanguageCloneSearch.EvaluateAsync(new Constant(), java, cs);

        // Ties fall back to id order: ranks 1, 2, 3.
        Assert.Equal((1 + 0.5 + (1.0 / 3)) / 3, run.Score!.Find("MRR")!.Value, 6);
    }

    private sealed class LetterCounts : ICodeEmbedder
    {
        public string Name => "letters";

        public Task<float[][]> EmbedAsync(IReadOnlyList<string> code, CancellationToken cancellationToken = default) =>
            Task.FromResult(code.Select(c =>
            {
                var v = new float[26];
                foreach (var ch in c.ToLowerInvariant().Where(char.IsAsciiLetterLower))
                {
                    v[ch - 'a']++;
                }
                return v;
            }).ToArray());
    }

    private sealed class Constant : ICodeEmbedder
    {
        public string Name => "constant";

        public Task<float[][]> EmbedAsync(IReadOnlyList<string> code, CancellationToken cancellationToken = default) =>
            Task.FromResult(code.Select(_ => new float[] { 1, 1 }).ToArray());
    }
}
