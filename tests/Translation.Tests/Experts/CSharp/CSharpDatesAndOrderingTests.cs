namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>DateOnly as datetime.date, IComparable types in sorted collections, and the library members round 7 needed; run both ways.</summary>
public sealed class CSharpDatesAndOrderingTests
{
    [SkippableFact]
    public void DateOnly_PrintsPartsAndFormats_AsTheInvariantCulture()
    {
        var printed = CSharpTranslate.RunBothWays("""
            record Fill(DateOnly Date, DateOnly? Back, int N);
            class P {
                static void Main() {
                    var d = new DateOnly(2024, 7, 5);
                    Console.WriteLine(d);
                    Console.WriteLine("x" + d + " " + d.ToString() + " " + new Fill(d, null, 3));
                    Console.WriteLine($"{d:MM-dd}|{d:yyyy-MM-dd}|{d,12:MM-dd}|{d,-12:d}|{d:M/d/yyyy}|{d:dd.MM.yy}|{d:'Q'yyyy}");
                    Console.WriteLine(d.ToString("d MMM yyyy") + "|" + d.ToString("dddd, MMMM dd") + "|" + d.ToString("o") + "|" + d.ToString("D") + "|" + d.ToString("M") + "|" + d.ToString("Y"));
                    Console.WriteLine($"{d.DayNumber} {DateOnly.MinValue.DayNumber} {d.DayOfYear} {d.AddDays(30)} {d.Year}/{d.Month}/{d.Day} {default(DateOnly)}");
                    var later = new DateOnly(2024, 1, 1);
                    Console.WriteLine($"{d.CompareTo(later)} {d > later} {d == new DateOnly(2024, 7, 5)} {new[] { d, later }.Min():yyyy-MM-dd}");
                }
            }
            """);

        Assert.Equal("07/05/2024\nx07/05/2024 07/05/2024 Fill { Date = 07/05/2024, Back = , N = 3 }\n"
            + "07-05|2024-07-05|       07-05|07/05/2024  |7/5/2024|05.07.24|Q2024\n"
            + "5 Jul 2024|Friday, July 05|2024-07-05|Friday, 05 July 2024|July 05|2024 July\n"
            + "739071 0 187 08/04/2024 2024/7/5 01/01/0001\n1 True True 2024-01-01\n", printed);
    }

    [SkippableFact]
    public void DateOnlyTryParseExact_AcceptsOnlyTheExactDigits()
    {
        var printed = CSharpTranslate.RunBothWays("""
            using System.Globalization;
            class P {
                static void Main() {
                    foreach (var s in new[] { "2024-05-03", "2024-5-3", "2024/05/20", " 2024-05-20", "2024-02-30", "02024-05-03", "+2024-05-03", "２０２４-05-03" })
                    {
                        var ok = DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r);
                        Console.Write($"{ok}:{r:yyyy-MM-dd} ");
                    }
                    foreach (var s in new[] { "5/3/2024", "05/03/2024", "5-3-2024" })
                        if (DateOnly.TryParseExact(s, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var r)) Console.Write(r.DayNumber + " ");
                        else Console.Write("no ");
                    Console.WriteLine();
                }
            }
            """);

        Assert.Equal("True:2024-05-03 False:0001-01-01 False:0001-01-01 False:0001-01-01 False:0001-01-01 False:0001-01-01 False:0001-01-01 False:0001-01-01 739008 739008 no \n", printed);
    }

    [SkippableFact]
    public void ComparableType_OrdersSortedCollectionsAndLinq_ByItsCompareTo()
    {
        var printed = CSharpTranslate.RunBothWays("""
            readonly record struct Seat(int Row, char L) : IComparable<Seat>
            {
                public int CompareTo(Seat o) => Row != o.Row ? Row.CompareTo(o.Row) : L.CompareTo(o.L);
            }
            class P {
                static void Main() {
                    var set = new SortedSet<Seat> { new(2, 'b'), new(1, 'z'), new(2, 'a') };
                    var seats = new SortedDictionary<Seat, string> { [new(3, 'a')] = "x", [new(1, 'c')] = "y" };
                    var list = new List<Seat> { new(5, 'a'), new(4, 'b') };
                    list.Sort();
                    Console.WriteLine(string.Join(",", set) + " | " + string.Join(",", seats.Keys) + " | " + list[0] + " " + set.Max + " " + list.OrderBy(s => s).First());
                }
            }
            """);

        Assert.Equal("Seat { Row = 1, L = z },Seat { Row = 2, L = a },Seat { Row = 2, L = b } | Seat { Row = 1, L = c },Seat { Row = 3, L = a } | Seat { Row = 4, L = b } Seat { Row = 2, L = b } Seat { Row = 4, L = b }\n", printed);
    }

    [SkippableFact]
    public void LibraryMembers_UnorderedItemsIndexerInitializerSplitOptionsAndCaselessEquals()
    {
        var printed = CSharpTranslate.RunBothWays("""
            class Grid {
                private readonly Dictionary<(int, int), double> _cells = new();
                public double this[int r, int c] { get => _cells.GetValueOrDefault((r, c)); set => _cells[(r, c)] = value; }
                public int Count => _cells.Count;
            }
            class P {
                static void Main() {
                    var pq = new PriorityQueue<string, int>();
                    pq.Enqueue("a", 5); pq.Enqueue("b", 1); pq.Enqueue("c", 3);
                    Console.WriteLine(pq.UnorderedItems.Sum(i => i.Priority) + " " + pq.UnorderedItems.Select(i => i.Element).OrderBy(e => e).First());
                    var g = new Grid { [0, 0] = 3.0, [1, 2] = -1.5 };
                    Console.WriteLine($"{g.Count} {g[1, 2]} {g[2, 2]}");
                    Console.WriteLine(string.Join("|", " a ; b;;  ".Split(';', StringSplitOptions.TrimEntries)) + "/"
                        + string.Join("|", " a ; b;;  ".Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
                    string? none = null;
                    Console.WriteLine($"{string.Equals("ab", none, StringComparison.OrdinalIgnoreCase)} {string.Equals(none, null, StringComparison.OrdinalIgnoreCase)} {"Ab".Equals(none, StringComparison.OrdinalIgnoreCase)} {string.Equals("ab", "AB", StringComparison.OrdinalIgnoreCase)}");
                    Console.WriteLine($"{"00ab12FF".All(Uri.IsHexDigit)} {Uri.IsHexDigit('g')}");
                }
            }
            """);

        Assert.Equal("9 a\n2 -1.5 0\na|b||/a|b\nFalse True False True\nTrue False\n", printed);
    }
}
