namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// More of what round 10's held-out programs found: library calls (Convert.ToHexString, StringBuilder.AppendJoin,
/// ElementAtOrDefault, Distinct with a comparer, Enum.TryParse), assignments used as values on elements and events,
/// a SortedSet returned through ?: and tuples printed. Each runs as compiled C# and as Python and compares.
/// </summary>
public sealed class CSharpRound10LibraryTests
{
    [SkippableFact]
    public void LibraryCalls_HexJoinElementAtAndDistinct_AsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Text;
            class P {
                static void Main() {
                    var bytes = new byte[] { 0, 15, 171, 255 };
                    Console.WriteLine(Convert.ToHexString(bytes));
                    var sb = new StringBuilder("xs: ");
                    sb.AppendJoin(", ", new[] { 1.5, 2.0 }.Select(d => d * 2));
                    sb.AppendJoin('|', new List<string> { "a", "b" }).Append('!');
                    Console.WriteLine(sb.ToString());
                    var levels = new List<string> { "p", "q" };
                    Console.WriteLine($"{levels.ElementAtOrDefault(1) ?? "-"} {levels.ElementAtOrDefault(5) ?? "-"} {new[] { 3, 4 }.ElementAtOrDefault(7)}");
                    var words = new[] { "Apple", "pear", "APPLE", "Pear", "fig" };
                    Console.WriteLine(string.Join(",", words.Distinct(StringComparer.OrdinalIgnoreCase)));
                    Console.WriteLine(string.Join(",", words.Distinct(StringComparer.Ordinal)));
                }
            }
            """);

        Assert.Equal("000FABFF\nxs: 3, 4a|b!\nq - 0\nApple,pear,fig\nApple,pear,APPLE,Pear,fig\n", printed);
    }

    [SkippableFact]
    public void EnumTryParse_ByNameIgnoringCaseOrByNumber_AsDotNetDoes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            enum Op { Push, Pop, Add }
            class P {
                static void Main() {
                    foreach (var s in new[] { "Push", "add", " Pop ", "1", "Mul" }) {
                        var strict = Enum.TryParse<Op>(s, out var a);
                        if (Enum.TryParse<Op>(s, ignoreCase: true, out var op)) Console.WriteLine($"{s}: {strict} {op}");
                        else Console.WriteLine($"{s}: no {a}");
                    }
                }
            }
            """);

        Assert.Equal("Push: True Push\nadd: False Add\n Pop : True Pop\n1: True Pop\nMul: no Push\n", printed);
    }

    [SkippableFact]
    public void AssignmentsUsedAsValues_OnElementsAndEvents_AreTranslated()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Ticket { public event Action<string>? Changed; public void Fire(string s) => Changed?.Invoke(s); }
            class P {
                static readonly Dictionary<string, int> Cache = new();
                static int Compute(string k) => Cache.TryGetValue(k, out var v) ? v : Cache[k] = k.Length * 10;
                static void Main() {
                    Console.WriteLine(Compute("abc") + Compute("abc") + Cache.Count);
                    var arr = new int[3];
                    var x = arr[1] = 7;
                    Console.WriteLine($"{x} {arr[1]}");
                    var tickets = new List<Ticket> { new(), new() };
                    Action<string> log = s => Console.WriteLine("log " + s);
                    tickets.ForEach(t => t.Changed += log);
                    tickets[1].Fire("two");
                }
            }
            """);

        Assert.Equal("61\n7 7\nlog two\n", printed);
    }

    [SkippableFact]
    public void SortedSetReturnedThroughConditional_IteratesInOrder_AndTuplesPrintAsDotNet()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static readonly Dictionary<string, SortedSet<string>> Edges = new() { ["a"] = new SortedSet<string> { "z", "m", "b" } };
                static IEnumerable<string> Next(string n) => Edges.TryGetValue(n, out var s) ? s : Enumerable.Empty<string>();
                static void Main() {
                    Console.WriteLine(string.Join(" ", Next("a")) + "|" + string.Join(" ", Next("q")));
                    var t = ("B", 12, 2.5);
                    Console.WriteLine(t);
                    Console.WriteLine($"{t} {(1, "x")}" + ("y", true));
                }
            }
            """);

        Assert.Equal("b m z|\n(B, 12, 2.5)\n(B, 12, 2.5) (1, x)(y, True)\n", printed);
    }

    [SkippableFact]
    public void QueryWithASecondFrom_PairsEachItemWithItsOwnSequence()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var cells = (from r in Enumerable.Range(1, 3)
                                 from c in Enumerable.Range(r, 2)
                                 where (r + c) % 2 == 1
                                 select $"{(char)('A' + c)}{r}").ToList();
                    Console.WriteLine(string.Join(" ", cells));
                    var sums = from w in new[] { "ab", "c" } from ch in w let u = char.ToUpper(ch) orderby u descending select $"{w}:{u}";
                    Console.WriteLine(string.Join(" ", sums));
                }
            }
            """);

        Assert.Equal("C1 D2 E3\nc:C ab:B ab:A\n", printed);
    }

    [SkippableFact]
    public void SortedDictionaryWithComparerCreate_IsWalkedInItsOwnOrder_BesideANaturalOne()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static void Main() {
                    var bids = new SortedDictionary<decimal, string>(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
                    var asks = new SortedDictionary<decimal, string>();
                    foreach (var (p, who) in new[] { (10.5m, "a"), (9.75m, "b"), (11m, "c") }) { bids[p] = who; asks[p] = who.ToUpper(); }
                    foreach (var book in new[] { bids, asks })
                        Console.WriteLine(string.Join(" ", book.Select(kv => $"{kv.Key}:{kv.Value}")) + " first " + book.Keys.First() + " " + string.Join(",", book.Values));
                    foreach (var kv in bids) Console.Write(kv.Key + ";");
                    Console.WriteLine();
                }
            }
            """);

        Assert.Equal("11:c 10.5:a 9.75:b first 11 c,a,b\n9.75:B 10.5:A 11:C first 9.75 B,A,C\n11;10.5;9.75;\n", printed);
    }

    [SkippableFact]
    public void TypePatternOnDecimal_MatchesADecimalValue()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static decimal? Spread(bool some) => some ? 101.5m - 100m : null;
                static void Main() {
                    foreach (var some in new[] { true, false })
                        Console.WriteLine($"spread: {(Spread(some) is decimal s ? s.ToString("0.00") : "n/a")}");
                    object o = 2.5m;
                    Console.WriteLine($"{o is decimal} {o is double}");
                }
            }
            """);

        Assert.Equal("spread: 1.50\nspread: n/a\nTrue False\n", printed);
    }
}
