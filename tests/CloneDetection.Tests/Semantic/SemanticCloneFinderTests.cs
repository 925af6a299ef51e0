using CodeIntel.CloneDetection.Semantic;
using CodeIntel.CloneDetection.Units;

namespace CodeIntel.CloneDetection.Tests.Semantic;

public sealed class SemanticCloneFinderTests
{
    /// <summary>An embedder whose vectors are chosen per text: the seam's behaviour, not a model's.</summary>
    private sealed class TableEmbedder(Dictionary<string, float[]> table) : IUnitEmbedder
    {
        public string ModelName => "table";

        public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            Task.FromResult(texts.Select(t => table[t]).ToArray());
    }

    private static CodeUnit Unit(string path, string language, string text, int start = 0) =>
        new(path, language, path + ".f", 1, 5, start, start + 50, 60, text);

    [Fact]
    public async Task FindAsync_NearVectorsInTwoLanguages_ReportedBothWaysAndFarOnesNot()
    {
        var embedder = new TableEmbedder(new()
        {
            ["java"] = [1, 0, 0],
            ["csharp"] = [0.99f, 0.1f, 0],
            ["other"] = [0, 0, 1],
        });
        var units = new[] { Unit("A.java", "java", "java"), Unit("B.cs", "csharp", "csharp"), Unit("C.py", "python", "other") };

        var findings = await new SemanticCloneFinder(embedder, 0.95).FindAsync(units, []);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(CloneRule.Semantic, f.Rule));
        Assert.Contains(findings, f => f.Unit.Path == "A.java" && f.Others.Single().Path == "B.cs" && f.Similarity > 0.99);
    }

    [Fact]
    public async Task FindAsync_PairAlreadyASyntacticClone_NotReportedAgain()
    {
        var embedder = new TableEmbedder(new() { ["a"] = [1, 0], ["b"] = [1, 0] });
        var a = Unit("A.java", "java", "a");
        var b = Unit("B.java", "java", "b");
        CloneFinding[] syntactic = [new(CloneRule.Duplicate, "exact", a, [b], 1), new(CloneRule.Duplicate, "exact", b, [a], 1)];

        Assert.Empty(await new SemanticCloneFinder(embedder, 0.9).FindAsync([a, b], syntactic));
    }

    [Fact]
    public async Task RanksAsync_CounterpartNearest_RanksFirst()
    {
        var embedder = new TableEmbedder(new()
        {
            ["q1"] = [1, 0], ["q2"] = [0, 1],
            ["c1"] = [0.9f, 0.1f], ["c2"] = [0.8f, 0.2f],
        });

        var ranks = await CrossLanguageSearch.RanksAsync(embedder, ["q1", "q2"], ["c1", "c2"]);

        Assert.Equal([1, 1], ranks);
    }
}
