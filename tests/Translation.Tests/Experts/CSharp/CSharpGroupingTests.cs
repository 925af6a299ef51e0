namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Grouping with element selectors, lookups, let clauses, sorted sets behind interfaces, rounding modes; run both ways.</summary>
public sealed class CSharpGroupingTests
{
    [SkippableFact]
    public void GroupByElement_ToLookup_LetClause_AndGroupProjection_GiveLinqsResults()
    {
        var printed = CSharpTranslate.RunBothWays("""
            record Sale(string Region, string Item, int Units);
            class P {
                static void Main() {
                    var sales = new List<Sale> { new("north", "pen", 3), new("south", "ink", 5), new("north", "ink", 2), new("east", "pen", 7) };
                    foreach (var g in sales.GroupBy(s => s.Region, s => s.Units))
                        Console.WriteLine($"{g.Key}: {string.Join("+", g)} = {g.Sum()}");
                    var byItem = sales.ToLookup(s => s.Item, s => s.Region);
                    Console.WriteLine($"{string.Join(",", byItem["pen"])} | {byItem["glue"].Count()} | {byItem.Count} | {string.Join(";", byItem.Select(g => g.Key))}");
                    var ranked = from s in sales
                                 let score = s.Units * 10
                                 where score > 20
                                 orderby score descending
                                 select $"{s.Item}@{s.Region}:{score}";
                    Console.WriteLine(string.Join(" ", ranked));
                    var units = from s in sales group s.Units by s.Item into g select $"{g.Key}={g.Max()}";
                    Console.WriteLine(string.Join(" ", units));
                }
            }
            """);

        Assert.Equal("north: 3+2 = 5\nsouth: 5 = 5\neast: 7 = 7\nnorth,east | 0 | 2 | pen;ink\npen@east:70 ink@south:50 pen@north:30\npen=7 ink=5\n", printed);
    }

    [SkippableFact]
    public void SortedSetBehindAnInterface_RecordStructDefault_AndRoundingModes()
    {
        var printed = CSharpTranslate.RunBothWays("""
            readonly record struct Span(int Start, int Length);
            class Graph {
                private readonly SortedDictionary<string, SortedSet<string>> _adj = new();
                public void Add(string a, string b) { foreach (var (x, y) in new[] { (a, b), (b, a) }) { if (!_adj.ContainsKey(x)) _adj[x] = new(); _adj[x].Add(y); } }
                public IReadOnlyCollection<string> Neighbours(string v) => _adj[v];
            }
            class P {
                static void Main() {
                    var g = new Graph();
                    foreach (var (a, b) in new[] { ("m", "z"), ("m", "a"), ("m", "k") }) g.Add(a, b);
                    Console.WriteLine(string.Join("/", g.Neighbours("m")));
                    var spans = new List<Span> { new(3, 2) };
                    var none = spans.FirstOrDefault(s => s.Start > 5);
                    Console.WriteLine($"{none.Start} {none.Length} {none == default}");
                    foreach (var v in new[] { 2.5, -2.5, 0.125, 2.675 })
                        Console.WriteLine($"{Math.Round(v, MidpointRounding.AwayFromZero)} {Math.Round(v, 2, MidpointRounding.AwayFromZero)} {Math.Round(v, MidpointRounding.ToEven)}");
                }
            }
            """);

        Assert.StartsWith("a/k/z\n0 0 True\n3 2.5 2\n-3 -2.5 -2\n0 0.13 0\n", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void IgnoreCaseDictionaries_FindKeysInAnyCase_AndKeepTheFirstSpelling_AndNullableArithmeticIsLifted()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static List<int>? Find(bool found) => found ? new List<int> { 1, 2, 3 } : null;
                static void Main() {
                    var units = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase) { ["Km"] = 1000, ["m"] = 1 };
                    units["KM"] = 1000.5;
                    Console.WriteLine($"{units["km"]} {units.ContainsKey("M")} {units.TryGetValue("MM", out var mm)} {mm} {string.Join(",", units.Keys)} {units.Count}");
                    units.Remove("kM");
                    Console.WriteLine(string.Join(",", units.Keys));
                    var symbols = new[] { "Ab", "cd" }.ToDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
                    Console.WriteLine(symbols.ContainsKey("AB") + " " + symbols["CD"]);
                    int? none = null;
                    Console.WriteLine($"{Find(true)?.Count - 1 ?? -1} {Find(false)?.Count - 1 ?? -1} {(none * 2).HasValue} {(none + 1) ?? 7}");
                }
            }
            """);

        Assert.Equal("1000.5 True False 0 Km,m 2\nm\nTrue 2\n2 -1 False 7\n", printed);
    }
}
