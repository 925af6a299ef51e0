using CodeIntel.CloneDetection.Fingerprints;

namespace CodeIntel.CloneDetection.Tests.Fingerprints;

public sealed class WinnowingTests
{
    private static readonly Random Seeded = new(7);

    private static int[] RandomCodes(int length) => Enumerable.Range(0, length).Select(_ => Seeded.Next(0, 40)).ToArray();

    [Fact]
    public void Fingerprints_SharedRunOfWindowPlusKMinusOneTokens_AlwaysShareAFingerprint()
    {
        // The winnowing guarantee (Schleimer et al. 2003, section 3): a match of at least t = w + k - 1 tokens is found.
        const int k = 5, w = 4;
        for (var trial = 0; trial < 200; trial++)
        {
            var shared = RandomCodes(w + k - 1);
            var a = RandomCodes(30).Concat(shared).Concat(RandomCodes(30)).ToArray();
            var b = RandomCodes(17).Concat(shared).Concat(RandomCodes(9)).ToArray();
            Assert.True(Winnowing.SharedCount(Winnowing.Fingerprints(a, k, w), Winnowing.Fingerprints(b, k, w)) > 0, $"trial {trial}");
        }
    }

    [Fact]
    public void Jaccard_SameSequence_IsOneAndUnrelatedIsLow()
    {
        var a = RandomCodes(200);
        var b = RandomCodes(200);
        Assert.Equal(1.0, Winnowing.Jaccard(Winnowing.Fingerprints(a, 5, 4), Winnowing.Fingerprints(a, 5, 4)));
        Assert.True(Winnowing.Jaccard(Winnowing.Fingerprints(a, 5, 4), Winnowing.Fingerprints(b, 5, 4)) < 0.1);
    }

    [Fact]
    public void Fingerprints_ShorterThanK_StillOneFingerprint()
    {
        Assert.Single(Winnowing.Fingerprints([1, 2], 5, 4));
        Assert.Empty(Winnowing.Fingerprints([], 5, 4));
    }
}
