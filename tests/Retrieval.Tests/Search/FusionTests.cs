using CodeIntel.Retrieval.Search;

namespace CodeIntel.Retrieval.Tests.Search;

public sealed class FusionTests
{
    private static List<RankedKey> List(params (long Key, double Score)[] items) => items.Select(i => new RankedKey(i.Key, i.Score)).ToList();

    [Fact]
    public void Convex_StrongDenseMatchAndWeakLexical_BeatsTwoMiddlingOnes()
    {
        // Key 1: best dense by a wide margin, barely lexical. Key 2: best lexical, second dense by a small margin.
        var lexical = List((2, 10.0), (3, 9.5), (1, 1.0));
        var dense = List((1, 0.90), (2, 0.40), (3, 0.35));

        var convex = Fusion.Convex(lexical, dense, alpha: 0.8);
        var rrf = Fusion.ReciprocalRank(lexical, dense, k: 60);

        Assert.Equal(1, convex[0].Key);
        Assert.Equal(2, rrf[0].Key);
    }

    [Fact]
    public void Convex_AlphaOneOrZero_ReproducesTheSingleRetriever()
    {
        var lexical = List((1, 5.0), (2, 4.0), (3, 3.0));
        var dense = List((3, 0.9), (2, 0.8), (1, 0.1));

        Assert.Equal([3L, 2, 1], Fusion.Convex(lexical, dense, alpha: 1).Select(r => r.Key));
        Assert.Equal([1L, 2, 3], Fusion.Convex(lexical, dense, alpha: 0).Select(r => r.Key));
    }

    [Fact]
    public void Fuse_KeyInOneListOnly_IsKeptWithTheOtherListsMinimum()
    {
        var fused = Fusion.Fuse(List((1, 2.0)), List((2, 0.9), (3, 0.5)), new FusionOptions { Alpha = 0.5 });

        Assert.Equal(3, fused.Count);
        Assert.Contains(fused, r => r.Key == 1 && Math.Abs(r.Score - 0.5) < 1e-9);
        Assert.Contains(fused, r => r.Key == 3 && r.Score == 0);
    }

    [Fact]
    public void ReciprocalRank_SameRankInBothLists_ScoresTwiceOneOverKPlusRank()
    {
        var fused = Fusion.ReciprocalRank(List((7, 1)), List((7, 1)), k: 60);

        Assert.Equal(2.0 / 61, fused.Single().Score, 12);
    }

    [Fact]
    public void Options_AlphaOutsideUnitInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FusionOptions { Alpha = 1.5 }.Validate());
    }
}
