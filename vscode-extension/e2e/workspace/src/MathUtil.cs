namespace Demo;

public static class MathUtil
{
    /// <summary>Computes the greatest common divisor of two integers with Euclid's algorithm.</summary>
    public static int GreatestCommonDivisor(int a, int b)
    {
        while (b != 0)
        {
            var t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /// <summary>The least common multiple, from the greatest common divisor.</summary>
    public static int LeastCommonMultiple(int a, int b) => a / GreatestCommonDivisor(a, b) * b;
}
