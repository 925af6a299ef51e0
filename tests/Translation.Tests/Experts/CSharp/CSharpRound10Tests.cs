namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// What round 10's held-out programs found: Clone of a rectangular array, a switch section ending in a block that
/// breaks, and interface default members. Each runs the compiled C# and the Python translation and compares what
/// they print.
/// </summary>
public sealed class CSharpRound10Tests
{
    [SkippableFact]
    public void CloneOfRectangularArray_CopiesTheElements_NotSharesTheRows()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var g = new double[,] { { 1, 2 }, { 3, 4 } };
                    var c = (double[,])g.Clone();
                    c[0, 1] = 9;
                    var cube = new int[2, 2, 2];
                    var d = (int[,,])cube.Clone();
                    d[1, 1, 1] = 5;
                    var jagged = new[] { new[] { 1 }, new[] { 2 } };
                    var j = (int[][])jagged.Clone();
                    j[0][0] = 7;
                    Console.WriteLine($"{g[0, 1]} {c[0, 1]} {cube[1, 1, 1]} {d[1, 1, 1]} {jagged[0][0]}");
                }
            }
            """);

        Assert.Equal("2 9 0 5 7\n", printed);
    }

    [SkippableFact]
    public void SwitchSectionEndingInABlockThatBreaks_IsTranslated()
    {
        var result = CSharpTranslate.Run("""
            class P {
                static void Main() {
                    foreach (var n in new[] { 1, 2, 3 })
                        switch (n) {
                            case 1: { int a = n * 10; Console.WriteLine(a); break; }
                            case 2 or 3: { long b = n, c = n + 1; Console.WriteLine(b * c); break; }
                        }
                }
            }
            """);
        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("not within syntax tree", StringComparison.Ordinal));

        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    foreach (var n in new[] { 1, 2, 3 })
                        switch (n) {
                            case 1: { int a = n * 10; Console.WriteLine(a); break; }
                            case 2 or 3: { long b = n, c = n + 1; Console.WriteLine(b * c); break; }
                        }
                }
            }
            """);
        Assert.Equal("10\n6\n12\n", printed);
    }

    [SkippableFact]
    public void InterfaceDefaultMembers_AreInheritedByImplementingClasses()
    {
        var printed = CSharpTranslate.RunBothWays("""
            interface IShape { double Area { get; } string Describe() => $"area {Area}"; bool Big => Area > 10; }
            abstract class Shape : IShape { public abstract double Area { get; } }
            class Square(double side) : Shape { public override double Area => side * side; }
            class Circle : IShape { public double Area => 3; public string Describe() => "circle"; }
            class P {
                static void Main() {
                    IShape[] shapes = [new Square(2), new Square(4), new Circle()];
                    foreach (var s in shapes) Console.WriteLine($"{s.Describe()} {s.Big}");
                }
            }
            """);

        Assert.Equal("area 4 False\narea 16 True\ncircle False\n", printed);
    }

    [SkippableFact]
    public void ClassOfStaticMembersThatIsInstantiated_StaysAClass()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Store {
                private sealed class Tombstone { public static readonly Tombstone Instance = new(); }
                private readonly Dictionary<string, object> _d = new();
                public void Delete(string k) => _d[k] = Tombstone.Instance;
                public void Set(string k, int v) => _d[k] = v;
                public string Show(string k) => _d[k] is Tombstone ? "deleted" : _d[k].ToString()!;
            }
            class P {
                static void Main() {
                    var s = new Store();
                    s.Set("a", 1); s.Set("b", 2); s.Delete("b");
                    Console.WriteLine($"{s.Show("a")} {s.Show("b")}");
                }
            }
            """);

        Assert.Equal("1 deleted\n", printed);
    }

    [SkippableFact]
    public void HashSetAddAsAMethodGroup_ReturnsWhetherItAdded()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var seen = new HashSet<int> { 2 };
                    var fresh = new[] { 1, 2, 3, 1 }.Where(seen.Add).ToList();
                    Func<int, bool> add = seen.Add;
                    Console.WriteLine($"{string.Join(",", fresh)} {add(9)} {add(9)} {seen.Count}");
                }
            }
            """);

        Assert.Equal("1,3 True False 4\n", printed);
    }
}
