using CodeIntel.Translation.Experts.CppCuda;

namespace CodeIntel.Translation.Tests.Experts.CppCuda;

public sealed class DependenceTestTests
{
    [Theory]
    [InlineData(1, 0, 1, 0, false)]   // a[i] vs a[i]: same iteration only
    [InlineData(1, 0, 1, -1, true)]   // a[i] vs a[i-1]: distance 1
    [InlineData(2, 0, 2, 1, false)]   // a[2i] vs a[2i+1]: gcd 2 does not divide 1
    [InlineData(2, 0, 4, 2, true)]    // a[2i] vs a[4i+2]: gcd 2 divides 2
    [InlineData(0, 3, 0, 3, true)]    // a[3] in every iteration
    public void MayDepend_AffinePairs_FollowsTheGcdTest(long c1, long d1, long c2, long d2, bool expected)
    {
        Assert.Equal(expected, DependenceTest.MayDepend(new AffineIndex(c1, d1, ""), new AffineIndex(c2, d2, "")));
    }

    [Fact]
    public void MayDepend_DifferentSymbolicOffsets_IsConservative()
    {
        Assert.True(DependenceTest.MayDepend(new AffineIndex(1, 0, "n"), new AffineIndex(1, 0, "m")));
    }
}
