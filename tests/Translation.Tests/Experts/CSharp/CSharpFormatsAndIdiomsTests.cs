namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Number formats Python's format spec cannot say, out-argument idioms under conditions, and smaller library mappings; run both ways.</summary>
public sealed class CSharpFormatsAndIdiomsTests
{
    private static string Run(string body, string types = "") =>
        CSharpTranslate.RunBothWays(types + "\nclass P { static void Main() {\n" + body + "\n} }");

    [SkippableFact]
    public void CustomAndPercentFormats_PrintAsDotNetDoes_RoundingHalfAwayFromZero()
    {
        var printed = Run("""
            foreach (var v in new double[] { 0.125, 2.5, -2.5, 0.375, 1234.5, -0.0001, 0 })
                Console.WriteLine($"{v:0.##}|{v:#,##0.0}|{v,8:0.####}|{v:+0;-0;zero}|{v:P1}|{v.ToString("0.00%")}|{v:(0);[0]}");
            Console.WriteLine($"{1.425:P0} {0.125:P0} {2.675:P1} {57 / 40.0:P0}");
            int seven = 7;
            Console.WriteLine(string.Format("{0:000} {1:#,#} {2:00.0} {0} {0:0.0}", seven, 1234567, 7.25));
            """);

        Assert.StartsWith("0.13|0.1|   0.125|zero|12.5 %|12.50%|(0)\n2.5|2.5|     2.5|+3|250.0 %|250.00%|(3)\n", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void OutArgumentIdioms_RunWhereTheyStand_AfterWhatComesBeforeThemInTheCondition()
    {
        var printed = Run("""
            var ops = new Dictionary<char, int> { ['+'] = 1, ['*'] = 2 };
            string? token = "*";
            while (token is { Length: 1 } t && ops.TryGetValue(t[0], out var prec) && prec > 0) { Console.WriteLine($"{t} {prec}"); token = null; }
            string? s = null;
            Console.WriteLine(s != null && int.TryParse(s, out var n) ? n : -1);
            var root = new Node();
            root.Kids['a'] = new Node();
            root.Kids['a'].Kids['b'] = new Node();
            var node = root;
            foreach (var c in "abc")
            {
                if (!node.Kids.TryGetValue(c, out node)) { Console.WriteLine("missing " + c); break; }
                Console.WriteLine("found " + c);
            }
            """, "class Node { public Dictionary<char, Node> Kids { get; } = new(); }");

        Assert.Equal("* 2\n-1\nfound a\nfound b\nmissing c\n", printed);
    }

    [SkippableFact]
    public void LibraryIdioms_ThenByWithComparer_FindIndex_EnumValues_CompareOrdinal_DefaultComparer_AndMessages()
    {
        var printed = Run("""
            var words = new List<string> { "pear", "Fig", "apple", "fig", "Kiwi" };
            Console.WriteLine(string.Join(",", words.OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)));
            Console.WriteLine(string.Join(",", words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ThenBy(w => w, StringComparer.Ordinal)));
            Console.WriteLine(words.FindIndex(w => w.StartsWith('f')) + " " + words.FindLastIndex(w => w.Length == 4) + " " + words.FindIndex(w => w == "x"));
            Console.WriteLine(string.Join(",", Enum.GetValues<Kind>()) + " " + string.Join(",", Enum.GetNames(typeof(Kind))));
            Console.WriteLine(string.CompareOrdinal("xxtrue", 2, "true", 0, 4) == 0);
            Console.WriteLine(EqualityComparer<string>.Default.Equals("a", "a") + " " + Comparer<int>.Default.Compare(3, 5));
            Console.WriteLine("  one two\tthree ".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            Console.WriteLine(new string("Hello".Select(char.ToLowerInvariant).ToArray()));
            bool up = true; Console.WriteLine((char)((up ? 'A' : 'a') + 2));
            try { ArgumentNullException.ThrowIfNull((object?)null); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
            try { Console.WriteLine(new Dictionary<string, int>()["k"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
            try { throw new KeyNotFoundException("no such user 'bob'"); } catch (Exception e) { Console.WriteLine(e.Message); }
            try { int zero = 0; Console.WriteLine(1 / zero); } catch (Exception e) { Console.WriteLine(e.Message); }
            var two = new int[2];
            try { Console.WriteLine(two[5]); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
            """, "enum Kind { Low = 1, High = 5, Mid = 3 }");

        Assert.StartsWith("Fig,fig,Kiwi,pear,apple\napple,Fig,fig,Kiwi,pear\n3 4 -1\nLow,Mid,High Low,Mid,High\nTrue\nTrue -1\n3\nhello\nC\n", printed, StringComparison.Ordinal);
        Assert.EndsWith("The given key 'k' was not present in the dictionary.\nno such user 'bob'\nAttempted to divide by zero.\nIndex was outside the bounds of the array.\n", printed, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CheckedArithmetic_RaisesOverflowException_WhereTheTypeOverflows()
    {
        var printed = Run("""
            foreach (var digits in new[] { "123", "99999999999" })
            {
                int count = 0;
                try { foreach (var c in digits) count = checked(count * 10 + (c - '0')); Console.WriteLine(count); }
                catch (OverflowException e) { Console.WriteLine($"overflow after {count}: {e.Message}"); }
            }
            long big = long.MaxValue - 1;
            checked { try { big += 2; } catch (OverflowException) { Console.WriteLine("long overflow"); } }
            int top = int.MaxValue;
            Console.WriteLine(unchecked(top * 1) + " " + checked(top - 1));
            """);

        Assert.Equal("123\noverflow after 999999999: Arithmetic operation resulted in an overflow.\nlong overflow\n2147483647 2147483646\n", printed);
    }
}
