namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// What round 12's held-out programs found: the complement of a uint, <c>??=</c> used as a value, a StringBuilder
/// chain on a fresh builder, LINQ's Chunk, and DateOnly's month arithmetic. Each runs the compiled C# and the Python
/// translation and compares what they print.
/// </summary>
public sealed class CSharpRound12Tests
{
    [SkippableFact]
    public void ComplementOfAUint_StaysUnsigned()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class P {
                static string Dotted(uint v) => $"{v >> 24}.{(v >> 16) & 0xFF}.{(v >> 8) & 0xFF}.{v & 0xFF}";
                static void Main() {
                    uint mask = 0xFFFFFF00;
                    uint network = 0x0A140400;
                    Console.WriteLine($"{Dotted(~mask)} {Dotted(network | ~mask)} {~mask:X8}");
                    ulong wide = 1;
                    Console.WriteLine(~wide);
                    int signed = 5;
                    Console.WriteLine(~signed);
                }
            }
            """);

        Assert.Equal("0.0.0.255 10.20.4.255 000000FF\n18446744073709551614\n-6", printed.Trim());
    }

    [SkippableFact]
    public void CoalescingAssignmentUsedAsAValue_BuildsAndWalksATree()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Node { public Node? Dot { get; set; } public Node? Dash; public char Symbol; }
            class P {
                static void Main() {
                    var root = new Node();
                    foreach (var (ch, code) in new[] { ('E', "."), ('T', "-"), ('A', ".-"), ('N', "-.") }) {
                        var node = root;
                        foreach (char c in code) node = c == '.' ? node.Dot ??= new Node() : node.Dash ??= new Node();
                        node.Symbol = ch;
                    }
                    Console.WriteLine($"{root.Dot!.Symbol}{root.Dash!.Symbol}{root.Dot.Dash!.Symbol}{root.Dash.Dot!.Symbol}");
                    string? name = null;
                    Console.WriteLine((name ??= "first") + " " + (name ??= "second"));
                }
            }
            """);

        Assert.Equal("ETAN\nfirst first", printed.Trim());
    }

    [SkippableFact]
    public void FreshBuilderChainAndChunk_PrintAsCSharp()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Linq;
            using System.Text;
            class P {
                static void Main() {
                    var bar = new StringBuilder().Append('#', 4).Append("|").ToString();
                    var labelled = new StringBuilder("x=").Append(3).AppendLine().ToString();
                    Console.Write(bar + " " + labelled);
                    var blocks = Enumerable.Range(1, 7).Chunk(3).Select((c, i) => $"B{i + 1}={c.Sum()}/{c.Length}");
                    Console.WriteLine(string.Join(" ", blocks));
                }
            }
            """);

        Assert.Equal("####| x=3\nB1=6/3 B2=15/3 B3=7/1", printed.Trim());
    }

    [SkippableFact]
    public void DateOnlyMonthArithmetic_ClampsToTheMonthsLastDay()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Dose { public DateOnly? Due; }
            class P {
                static void Main() {
                    var d = new DateOnly(2024, 1, 31);
                    Console.WriteLine($"{d.AddMonths(1):yyyy-MM-dd} {d.AddMonths(13):yyyy-MM-dd} {d.AddMonths(-2):yyyy-MM-dd}");
                    Console.WriteLine($"{new DateOnly(2024, 2, 29).AddYears(1):yyyy-MM-dd} {d.AddYears(-4):yyyy-MM-dd}");
                    var due = new Dose { Due = d.AddMonths(6) };
                    var none = new Dose();
                    Console.WriteLine($"{(due.Due is DateOnly when ? when.ToString("yyyy-MM-dd") : "-")} {due.Due?.DayNumber - d.DayNumber} {none.Due?.DayNumber ?? -1}");
                }
            }
            """);

        Assert.Equal("2024-02-29 2025-02-28 2023-11-30\n2025-02-28 2020-01-31\n2024-07-31 182 -1", printed.Trim());
    }
}
