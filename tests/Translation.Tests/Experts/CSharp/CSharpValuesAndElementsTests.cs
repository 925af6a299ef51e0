namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// What round 9's held-out programs found: a type's own Deconstruct, IEEE division by zero, enum arithmetic,
/// assignments used as values, LINQ element operators, Dictionary.Remove with an out value and case-insensitive
/// sets. Each runs the compiled C# and the Python translation and compares what they print.
/// </summary>
public sealed class CSharpValuesAndElementsTests
{
    [SkippableFact]
    public void OwnDeconstruct_UnpacksInDeclarationsLoopsAndNestedTuples()
    {
        var printed = CSharpTranslate.RunBothWays("""
            readonly struct Vec { public double X { get; } public double Y { get; }
                public Vec(double x, double y) { X = x; Y = y; }
                public void Deconstruct(out double x, out double y) => (x, y) = (X, Y); }
            class Pair { public string A = "a"; public int B = 2; public void Deconstruct(out string a, out int b) { a = A; b = B; } }
            class P {
                static void Main() {
                    var (x, y) = new Vec(1.5, -2);
                    Console.WriteLine($"{x} {y}");
                    foreach (var (a, b) in new List<Vec> { new(3, 4), new(5, 6) }) Console.WriteLine(a + b);
                    var ((s, n), k) = (new Pair(), 7);
                    Console.WriteLine($"{s}{n}{k}");
                }
            }
            """);

        Assert.Equal("1.5 -2\n7\n11\na27\n", printed);
    }

    [Fact]
    public void DeconstructThatUnpackingCannotStandFor_IsReportedNotLeftToFail()
    {
        var result = CSharpTranslate.Run("""
            class Two { public void Deconstruct(out int a, out int b) { a = 1; b = 2; } public void Deconstruct(out int a, out int b, out int c) { a = b = c = 3; } }
            class P { static void Main() { var (a, b, c) = new Two(); Console.WriteLine(a + b + c); } }
            """);

        Assert.Contains("raise NotImplementedError(", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains("deconstruction through Two.Deconstruct is not translated", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void DoubleDivisionByZero_GivesInfinityAndNaN_AsIeeeDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    double zero = 0, one = 1, v = -3;
                    Console.WriteLine($"{one / zero} {-one / zero} {zero / zero} {one / -0.0} {7 / 2.0}");
                    v /= zero;
                    Console.WriteLine($"{v} {one / zero:0.##} {zero / zero:#,##0.#}");
                    decimal d = 1m;
                    try { Console.WriteLine(d / 0); } catch (DivideByZeroException) { Console.WriteLine("decimal throws"); }
                }
            }
            """);

        Assert.Equal("Infinity -Infinity NaN -Infinity 3.5\n-Infinity Infinity NaN\ndecimal throws\n", printed);
    }

    [SkippableFact]
    public void EnumPlusOrMinusInt_StaysTheEnum()
    {
        var printed = CSharpTranslate.RunBothWays("""
            enum Cabin { First, Business, Economy }
            class P {
                static void Main() {
                    var c = Cabin.Economy;
                    var up = c - 1;
                    Console.WriteLine($"{up} {up + 1} {(int)(c - 2)}");
                    c--;
                    Console.WriteLine(c);
                    c += 1;
                    Console.WriteLine($"{c} {Cabin.Economy - Cabin.First}");
                }
            }
            """);

        Assert.Equal("Business Economy 0\nBusiness\nEconomy 2\n", printed);
    }

    [SkippableFact]
    public void AssignmentUsedAsValue_OnFieldsPropertiesAndCompoundLocals()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Lcg { private uint _state; public Lcg(uint s) => _state = s;
                public int Next(int bound) => (int)(((_state = _state * 1664525u + 1013904223u) >> 8) % (uint)bound); }
            class Box { public string Label { get; set; } = ""; public int Count; }
            class P {
                static IEnumerable<long> Running(int[] xs) { long total = 0; foreach (var x in xs) yield return total += x; }
                static void Main() {
                    var r = new Lcg(42);
                    Console.WriteLine($"{r.Next(100)} {r.Next(100)} {r.Next(100)}");
                    var b = new Box();
                    Console.WriteLine((b.Label = "x") + (b.Count += 5) + b.Label + b.Count);
                    Console.WriteLine(string.Join(",", Running(new[] { 1, 2, 3 })));
                }
            }
            """);

        Assert.EndsWith("\nx5x5\n1,3,6\n", printed);
    }

    [SkippableFact]
    public void ElementOperators_SingleLastOrDefaultAndFirstOrDefaultWithADefault()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Try(Func<int> f) { try { Console.WriteLine(f()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); } }
                static void Main() {
                    var xs = new List<int> { 4, 7, 9 };
                    Console.WriteLine($"{"abc".FirstOrDefault('z')} {new string[0].FirstOrDefault("none")} {xs.FirstOrDefault(x => x > 7, -1)} {xs.FirstOrDefault(x => x > 9, -1)}");
                    Console.WriteLine($"{xs.LastOrDefault()} {xs.LastOrDefault(x => x < 9)} {new int[0].LastOrDefault(5)}");
                    Try(() => xs.Where(x => x > 8).Single());
                    Try(() => xs.Single(x => x % 2 == 1));
                    Try(() => xs.Single());
                    Try(() => new int[0].Single());
                    Try(() => xs.Single(x => x > 100));
                    Try(() => xs.SingleOrDefault(x => x > 100));
                    Try(() => new int[0].SingleOrDefault(3));
                    var sorted = new[] { ("b", 1), ("B", 1), ("a", 2) }.OrderByDescending(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal);
                    Console.WriteLine(string.Join(" ", sorted.Select(t => t.Item1)));
                }
            }
            """);

        Assert.Equal("a none 9 -1\n9 7 5\n9\nSequence contains more than one matching element\nSequence contains more than one element\n"
            + "Sequence contains no elements\nSequence contains no matching element\n0\n3\na B b\n", printed);
    }

    [SkippableFact]
    public void DictionaryRemoveWithOutValue_GivesTheValueAndWhetherItWasThere()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
                    var sorted = new SortedDictionary<int, List<string>> { [3] = new() { "x" } };
                    if (d.Remove("a", out var v)) Console.WriteLine($"removed {v}, {d.Count} left");
                    bool again = d.Remove("a", out var w);
                    Console.WriteLine($"{again} {w}");
                    if (d.Count > 0 && sorted.Remove(3, out var items)) Console.WriteLine($"{items[0]} {sorted.Count}");
                }
            }
            """);

        Assert.Equal("removed 1, 1 left\nFalse 0\nx 0\n", printed);
    }

    [SkippableFact]
    public void IgnoreCaseSet_OrderWithComparer_AndGeneralFormat()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Km" };
                    Console.WriteLine($"{seen.Add("KM")} {seen.Contains("km")} {seen.Add("mi")} {seen.Count} {string.Join(",", seen.Order(StringComparer.Ordinal))}");
                    seen.Remove("MI");
                    Console.WriteLine($"{seen.Count} {string.Join(",", new[] { "b", "C", "a" }.Order(StringComparer.OrdinalIgnoreCase))}");
                    double x = 26.2, big = 1e20;
                    Console.WriteLine($"{x:G} {big:G} {1500:G} {0.1 + 0.2:G}");
                }
            }
            """);

        Assert.Equal("False True True 2 Km,mi\n1 a,b,C\n26.2 1E+20 1500 0.30000000000000004\n", printed);
    }
}
