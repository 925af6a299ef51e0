using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class BatchPlannerTests
{
    [Fact]
    public void Plan_MixedLengths_GroupsSimilarLengthsWithinTheBudget()
    {
        int[] lengths = [10, 200, 12, 190, 11, 205, 9, 13];

        var batches = BatchPlanner.Plan(lengths, maxBatchTokens: 620, maxBatchSize: 64);

        Assert.Equal([[5, 1, 3], [7, 2, 4, 0, 6]], batches);
        Assert.All(batches, b => Assert.True(b.Length * lengths[b[0]] <= 620));
        Assert.Equal(3 * 205 + 5 * 13, BatchPlanner.PaddedTokens(lengths, batches));
    }

    [Fact]
    public void Plan_EveryIndex_AppearsExactlyOnce()
    {
        var lengths = Enumerable.Range(0, 500).Select(i => 1 + ((i * 37) % 256)).ToArray();

        var batches = BatchPlanner.Plan(lengths, 8192, 64);

        Assert.Equal(Enumerable.Range(0, 500), batches.SelectMany(b => b).Order());
        Assert.All(batches, b => Assert.InRange(b.Length, 1, 64));
    }

    [Fact]
    public void Plan_TextLongerThanTheBudget_GoesAlone()
    {
        var batches = BatchPlanner.Plan([5000, 4], maxBatchTokens: 1000, maxBatchSize: 8);

        Assert.Equal([[0], [1]], batches);
    }
}
