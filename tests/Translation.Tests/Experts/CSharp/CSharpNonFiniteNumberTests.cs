namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// NaN and the infinities, which .NET writes as <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> (the invariant
/// culture's symbols) whatever the number format, where Python writes <c>nan</c> and <c>inf</c>; and the Math
/// functions that give them where Python raises. Each runs the compiled C# and the Python translation and compares.
/// </summary>
public sealed class CSharpNonFiniteNumberTests
{
    private const string Values = "double zero = 0; double[] all = { zero / zero, 1 / zero, -1 / zero, 2.5, -0.0, 1234.5678 };";

    [SkippableFact]
    public void NonFiniteDoubles_InInterpolationHoles_PrintAsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays($$"""
            class P {
                static void Main() {
                    {{Values}}
                    foreach (var v in all)
                        Console.WriteLine($"{v} {v:F2} {v:N0} {v:E3} {v:e2} {v:P1} {v:0.00} {v:#,##0.#} {v:G} {v:R} [{v,10:F1}] [{v,-10:N2}] [{v,9:0.0}]");
                }
            }
            """);

        Assert.StartsWith("NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN [       NaN] [NaN       ]", printed, StringComparison.Ordinal);
        Assert.Contains("-Infinity -Infinity", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void NonFiniteDoubles_ThroughToStringCompositeFormatsAndConcatenation_PrintAsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays($$"""
            class P {
                static void Main() {
                    {{Values}}
                    foreach (var v in all) {
                        Console.WriteLine(v.ToString("F2") + "|" + v.ToString("N0") + "|" + v.ToString("E") + "|" + v.ToString("P0") + "|" + v.ToString("0.0") + "|" + v.ToString("R") + "|" + v.ToString());
                        Console.WriteLine(string.Format("{0,8:F2}|{0:N1}|{1}|{0:P1}|{0:0.#}|{0:E1}", v, v));
                        Console.WriteLine("{0:F3} and {1}", v, v);
                        Console.WriteLine("x" + v + " " + (v + 1));
                    }
                }
            }
            """);

        Assert.Contains("Infinity|Infinity|Infinity|Infinity|Infinity|Infinity|Infinity", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void SinglesConstantsAndOverflow_PrintAsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    float fi = float.PositiveInfinity;
                    double big = double.MaxValue;
                    double? missing = null;
                    Console.WriteLine($"{fi} {fi:F2} {float.NaN:N1} {double.PositiveInfinity:F0} {big * 2:F1} {double.NegativeInfinity} [{missing:F2}]");
                    double[] xs = { double.NaN, big * 2, -big * 2, 1.5 };
                    Console.WriteLine(string.Join(",", xs) + " " + string.Join(";", xs.Select(x => x.ToString("0.0"))));
                    Console.WriteLine($"{double.IsFinite(xs[1])} {double.IsFinite(xs[3])} {double.IsPositiveInfinity(xs[1])} {double.IsNegativeInfinity(xs[2])} {double.IsNegativeInfinity(xs[0])}");
                }
            }
            """);

        Assert.Equal("Infinity Infinity NaN Infinity Infinity -Infinity []\nNaN,Infinity,-Infinity,1.5 NaN;Infinity;-Infinity;1.5\nFalse True True True False\n", printed);
    }

    [SkippableFact]
    public void MathFunctions_GiveNaNAndInfinities_WherePythonRaises()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    double zero = 0, inf = 1 / zero;
                    Console.WriteLine($"{Math.Sqrt(-1)} {Math.Log(0)} {Math.Log(-1):F2} {Math.Log10(0)} {Math.Log2(-3)} {Math.Pow(0, -1)} {Math.Pow(-8, 1.0 / 3)} {Math.Exp(1000)} {Math.Acos(2)}");
                    Console.WriteLine($"{Math.Sin(inf)} {Math.Sinh(-1000)} {Math.Cosh(-1000)} {Math.Pow(-2, 1e300)} {Math.Pow(-0.0, -1)} {Math.Pow(-2, 1001):E2} {Math.Sqrt(16)} {Math.Pow(2, 10)} {Math.Log(Math.E)}");
                    Console.WriteLine($"{Math.Log(8, 2)} {Math.Log(8, 1)} {Math.Log(1, 0)} {Math.Log(0, 0.5)} {Math.Log(-2, 3)} {Math.Log(1, inf)} {Math.Log(5, inf)}");
                }
            }
            """);

        Assert.Equal("NaN -Infinity NaN -Infinity NaN Infinity NaN Infinity NaN\nNaN -Infinity Infinity Infinity -Infinity -2.14E+301 4 1024 1\n3 NaN -0 Infinity NaN 0 NaN\n", printed);
    }

    [SkippableFact]
    public void ExponentFormats_WriteThreeExponentDigits()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    Console.WriteLine($"{12345.678:E3} {0.001:e2} {1.5:E0} {42:E2} {-7:E} {0.0:E2} {2.5e-300:E1}");
                    Console.WriteLine(123456.0.ToString("E2") + " " + 5.ToString("e1"));
                }
            }
            """);

        Assert.Equal("1.235E+004 1.00e-003 2E+000 4.20E+001 -7.000000E+000 0.00E+000 2.5E-300\n1.23E+005 5.0e+000\n", printed);
    }

    [SkippableFact]
    public void NegativeZero_InCustomFormats_KeepsItsSign()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    double nz = -0.0, tiny = -0.001;
                    Console.WriteLine($"{nz:0.00} {nz:#,##0.#} {nz:0.0%} {tiny:0.00} {0.125:0.00} {2.5:0} {nz:+0;-0;zero}");
                }
            }
            """);

        Assert.Equal("-0.00 -0 -0.0% -0.00 0.13 3 zero\n", printed);
    }
}
