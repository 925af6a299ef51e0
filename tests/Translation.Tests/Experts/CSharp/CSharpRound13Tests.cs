namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// What round 13's held-out programs found: named arguments followed by positional ones, a collection initializer
/// on a class of the program (and its GetEnumerator handing on a list's), Split on a '-' among other separators,
/// StringBuilder's AppendFormat and Replace used as values, spans of strings, directed rounding and ILookup.Contains.
/// Each runs the compiled C# and the Python translation and compares what they print.
/// </summary>
public sealed class CSharpRound13Tests
{
    [SkippableFact]
    public void NamedArgumentsInPositionAndSourceCollectionInitializers_BuildWhatCSharpBuilds()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Collections;
            using System.Collections.Generic;
            enum Mode { Monthly, Yearly }
            sealed class Plan(decimal opening, decimal rate, Mode mode) {
                public string Show() => $"{opening} {rate} {mode}";
            }
            sealed class Album(string owner) : IEnumerable<string> {
                private readonly List<string> _items = new();
                public void Add(string item) => _items.Add(owner + ":" + item);
                public void Add(string item, int copies) { for (int i = 0; i < copies; i++) Add(item); }
                public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }
            class P {
                static void Main() {
                    Console.WriteLine(new Plan(opening: 4250.00m, rate: 0.042m, Mode.Yearly).Show());
                    Console.WriteLine(new Plan(mode: Mode.Monthly, rate: 0.01m, opening: 10m).Show());
                    var album = new Album("ann") { "penny black", { "twopenny blue", 2 } };
                    Console.WriteLine(string.Join(", ", album));
                }
            }
            """);

        Assert.Equal("4250.00 0.042 Yearly\n10 0.01 Monthly\nann:penny black, ann:twopenny blue, ann:twopenny blue", printed.Trim());
    }

    [SkippableFact]
    public void SplitBuildersSpansRoundingAndLookups_PrintAsCSharp()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Linq;
            using System.Text;
            class P {
                static void Main() {
                    Console.WriteLine(string.Join("|", "11-13/15,17".Split(new[] { '/', '-', ',' }, StringSplitOptions.RemoveEmptyEntries)));
                    var report = new StringBuilder("rates:");
                    foreach (var (code, rate) in new[] { ("EUR", 1.17m), ("JPY", 188.4m) })
                        report.AppendFormat(" {0}={1:N2};", code, rate);
                    Console.WriteLine(report.Replace(";", " |").ToString().TrimEnd('|', ' '));
                    Console.WriteLine(new StringBuilder().AppendFormat("{0,4}|{1}", 7, "x").ToString());
                    var code2 = "SAVE15";
                    Console.WriteLine(int.TryParse(code2.AsSpan(4), out var percent) ? percent * 2 : -1);
                    Console.WriteLine($"{Math.Round(2.567m, 2, MidpointRounding.ToZero)} {Math.Round(-2.567, 1, MidpointRounding.ToZero)} {Math.Round(2.51, MidpointRounding.ToNegativeInfinity)} {Math.Round(2.01m, 1, MidpointRounding.ToPositiveInfinity)}");
                    var byLetter = new[] { "apple", "avocado", "banana" }.ToLookup(w => w[0]);
                    Console.WriteLine($"{byLetter.Contains('a')} {byLetter.Contains('z')} {byLetter.Count}");
                }
            }
            """);

        Assert.Equal("11|13|15|17\nrates: EUR=1.17 | JPY=188.40\n   7|x\n30\n2.56 -2.5 2 2.1\nTrue False 2", printed.Trim());
    }

    [Fact]
    public void StaticAbstractMemberThroughATypeParameter_IsReportedWhereItStands()
    {
        var result = CSharpTranslate.Run("""
            interface IScore { static abstract int Score(int x); }
            struct Double : IScore { public static int Score(int x) => x * 2; }
            class P {
                static int Apply<T>(int x) where T : IScore => T.Score(x);
                static void Main() { Console.WriteLine(Apply<Double>(4)); }
            }
            """);

        Assert.Contains(result.Warnings, w => w.Message.Contains("type parameter T", StringComparison.Ordinal));
    }
}
