using CodeIntel.Retrieval.Embedding.Exits;

namespace CodeIntel.Retrieval.Tests.Embedding.Exits;

public sealed class RidgeRegressionTests
{
    [Fact]
    public void Fit_NoiselessLinearData_RecoversTheMap()
    {
        var random = new Random(3);
        const int n = 12, m = 5, rows = 400;
        var truth = Enumerable.Range(0, n * m).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        var inputs = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, n).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray()).ToList();
        var targets = inputs.Select(x => Enumerable.Range(0, m).Select(j => (float)Enumerable.Range(0, n).Sum(i => x[i] * truth[i * m + j])).ToArray()).ToList();

        var w = RidgeRegression.Fit(inputs, targets, lambda: 1e-9);

        for (var i = 0; i < w.Length; i++)
        {
            Assert.Equal(truth[i], w[i], 3);
        }
    }

    [Fact]
    public void Fit_LargePenalty_ShrinksWeightsTowardZero()
    {
        var inputs = new List<float[]> { new[] { 1f, 0f }, new[] { 0f, 1f } };
        var targets = new List<float[]> { new[] { 2f }, new[] { 4f } };

        var loose = RidgeRegression.Fit(inputs, targets, lambda: 1e-9);
        var tight = RidgeRegression.Fit(inputs, targets, lambda: 10);

        Assert.Equal(2, loose[0], 6);
        Assert.Equal(4, loose[1], 6);
        Assert.True(Math.Abs(tight[0]) < 0.2 && Math.Abs(tight[1]) < 0.4);
    }

    [Fact]
    public void ShippedHeads_BuiltInModel_LoadForEveryEarlyExit()
    {
        var empty = Path.Combine(Path.GetTempPath(), "codeintel-no-heads-" + Guid.NewGuid().ToString("N"));

        for (var exit = 1; exit <= 5; exit++)
        {
            var head = ExitHeads.TryLoad(empty, "all-MiniLM-L6-v2", exit);
            Assert.NotNull(head);
            Assert.Equal(384, head!.Rows);
            Assert.Equal(384, head.Cols);
        }
        Assert.Null(ExitHeads.TryLoad(empty, "some-other-model", 3));
    }
}
