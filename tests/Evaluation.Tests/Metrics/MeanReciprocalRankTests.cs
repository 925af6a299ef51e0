using CodeIntel.Evaluation.Metrics;

namespace CodeIntel.Evaluation.Tests.Metrics;

public sealed class MeanReciprocalRankTests
{
    [Fact]
    public void Value_HitsAtRanksOneTwoAndMiss_IsMeanOfReciprocals()
    {
        var mrr = new MeanReciprocalRank();
        mrr.Add(["a", "b"], new HashSet<string> { "a" });
        mrr.Add(["x", "b", "c"], new HashSet<string> { "b" });
        mrr.Add(["x", "y"], new HashSet<string> { "z" });

        Assert.Equal(3, mrr.Queries);
        Assert.Equal((1 + 0.5 + 0) / 3, mrr.Value, 12);
    }

    [Fact]
    public void Value_SeveralRelevant_CountsTheFirstOnly()
    {
        var mrr = new MeanReciprocalRank();
        mrr.Add(["x", "b", "a"], new HashSet<string> { "a", "b" });

        Assert.Equal(0.5, mrr.Value, 12);
    }
}
