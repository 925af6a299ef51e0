namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Whether two accesses to the same array, <c>a[c1*i + d1]</c> and <c>a[c2*i' + d2]</c>, can touch the same element
/// in different iterations (i != i'). Same subscript: only within one iteration, so no loop-carried dependence.
/// Otherwise the GCD test: an integer solution of c1*i - c2*i' = d2 - d1 needs gcd(c1, c2) to divide d2 - d1; with
/// no solution the accesses are independent. Where a solution exists, or the offsets differ symbolically, the test
/// answers "may depend" (conservative), which keeps the loop on the host.
/// </summary>
internal static class DependenceTest
{
    public static bool MayDepend(AffineIndex a, AffineIndex b)
    {
        if (a.SymbolicCoefficient != b.SymbolicCoefficient)
        {
            return true;
        }
        if (a.Coefficient == b.Coefficient && a.Constant == b.Constant && a.Symbolic == b.Symbolic)
        {
            // Same element only in the same iteration, unless the subscript does not move with i at all.
            return a.Coefficient == 0;
        }
        if (a.Symbolic != b.Symbolic)
        {
            return true;
        }
        long diff = b.Constant - a.Constant;
        long g = Gcd(Math.Abs(a.Coefficient), Math.Abs(b.Coefficient));
        if (g == 0)
        {
            return diff == 0;
        }
        return diff % g == 0;
    }

    private static long Gcd(long x, long y)
    {
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }
        return x;
    }
}
