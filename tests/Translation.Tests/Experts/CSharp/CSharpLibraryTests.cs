using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>.NET library calls a typical function makes, and what their Python counterparts print.</summary>
public sealed class CSharpLibraryTests
{
    /// <summary>Runs the body as Main both ways; the Python output must equal what the compiled C# printed.</summary>
    private static string Run(string body)
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var program = "class P { static void Main() {\n" + body + "\n} }";
        var python = CSharpTranslate.RunPython(program);
        Assert.Equal(CSharpProgramRunner.Run(program), python);
        return python;
    }

    [SkippableFact]
    public void StringMethods_BehaveAsInDotNet()
    {
        Assert.Equal("5|ell|1|-1|True|HELLO|a,b,,c|3|hi|xxhello|heLLo\n", Run("""
            string s = "hello";
            var parts = "a,b,,c".Split(',');
            Console.WriteLine(string.Join("|", new[] { s.Length.ToString(), s.Substring(1, 3), s.IndexOf('e').ToString(), s.IndexOf("z").ToString(),
                s.StartsWith("he").ToString(), s.ToUpper(), string.Join(",", parts), "a b  c".Split(' ', StringSplitOptions.RemoveEmptyEntries).Length.ToString(),
                "  hi ".Trim(), s.PadLeft(7, 'x'), s.Replace("l", "L") }));
            """));
    }

    [SkippableFact]
    public void InterpolationAndCompositeFormats_MapSpecifiers()
    {
        Assert.Equal("[  7|3.14|007|1,234.50|ff|x  ] {braces} 2 and 2.5\n", Run("""
            int n = 7; double pi = 3.14159; double money = 1234.5;
            Console.WriteLine($"[{n,3}|{pi:F2}|{n:D3}|{money:N2}|{255:x}|{"x",-3}] {{braces}} " + string.Format("{0} and {1}", 2.0, 2.5));
            """));
    }

    [SkippableFact]
    public void StringBuilder_AppendsInsertsAndIndexes()
    {
        Assert.Equal("Xabc1.5True! 12 a\n", Run("""
            var sb = new StringBuilder();
            sb.Append("abc").Append(1.5).Append(true);
            sb.Insert(0, "X");
            sb.Append('!');
            Console.WriteLine(sb.ToString() + " " + sb.Length + " " + sb[1]);
            """));
    }

    [SkippableFact]
    public void ListDictionarySetQueueStack_OperationsMatch()
    {
        Assert.Equal("1,3|True False|2 0|True False 2|1 2|3 2\n", Run("""
            var list = new List<int> { 1, 2, 3 };
            list.Remove(2);
            var dict = new Dictionary<string, int> { ["a"] = 2 };
            bool found = dict.TryGetValue("a", out int value);
            dict.TryGetValue("zz", out int absent);
            var set = new HashSet<int>();
            bool added = set.Add(4), again = set.Add(4);
            set.Add(5);
            var queue = new Queue<int>(); queue.Enqueue(1); queue.Enqueue(2);
            var stack = new Stack<int>(); stack.Push(2); stack.Push(3);
            Console.WriteLine(string.Join(",", list) + "|" + dict.ContainsKey("a") + " " + list.Contains(2) + "|" + value + " " + absent
                + "|" + added + " " + again + " " + set.Count + "|" + queue.Dequeue() + " " + queue.Peek() + "|" + stack.Pop() + " " + stack.Peek());
            """));
    }

    [SkippableFact]
    public void Arrays_OneTwoDimensionalAndJagged()
    {
        Assert.Equal("0 0 0|3 4|5|1 2 3|0\n", Run("""
            int[] zeros = new int[3];
            int[,] grid = new int[3, 4];
            grid[2, 3] = 5;
            int[][] jagged = new int[2][];
            jagged[0] = new[] { 3, 2, 1 };
            Array.Sort(jagged[0]);
            Console.WriteLine(string.Join(" ", zeros) + "|" + grid.GetLength(0) + " " + grid.GetLength(1) + "|" + grid[2, 3] + "|" + string.Join(" ", jagged[0]) + "|" + grid[0, 0]);
            """));
    }

    [SkippableFact]
    public void SortWithComparisons_UsesKeysOrCmpToKey()
    {
        var result = CSharpTranslate.Run("static void S(List<string> w) { w.Sort((a, b) => a.Length.CompareTo(b.Length)); }");
        Assert.Contains("w.sort(key=lambda a: len(a))", result.Text, StringComparison.Ordinal);

        Assert.Equal("9 5 3 1|apple kiwi fig|b a\n", Run("""
            var nums = new List<int> { 3, 1, 9, 5 };
            nums.Sort((x, y) => y - x);
            var words = new List<string> { "apple", "fig", "kiwi" };
            words.Sort((x, y) => x.Length == y.Length ? 0 : (x.Length > y.Length ? -1 : 1));
            var letters = new[] { "a", "b" };
            Array.Sort(letters, (x, y) => string.CompareOrdinal(y, x));
            Console.WriteLine(string.Join(" ", nums) + "|" + string.Join(" ", words) + "|" + string.Join(" ", letters));
            """));
    }

    [SkippableFact]
    public void Linq_SelectWhereAggregatesAndOrdering()
    {
        Assert.Equal("4,16|20|4 1|True False|1 2 3|2.5|b:2 a:1\n", Run("""
            var xs = new List<int> { 1, 2, 3, 4 };
            var evensSquared = xs.Where(x => x % 2 == 0).Select(x => x * x).ToList();
            var groups = new[] { "a", "b", "b" }.GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key + ":" + g.Count());
            Console.WriteLine(string.Join(",", evensSquared) + "|" + xs.Sum(x => x * 2) + "|" + xs.Max() + " " + xs.Min() + "|" + xs.Any(x => x > 3) + " " + xs.All(x => x > 3)
                + "|" + string.Join(" ", xs.OrderBy(x => -x).Reverse().Take(3)) + "|" + xs.Average() + "|" + string.Join(" ", groups));
            """));
    }

    [SkippableFact]
    public void MathAndParsing_MapToPython()
    {
        Assert.Equal("3 8 2 -2 4 1.4142135623730951 2 42 True 0\n", Run("""
            int parsed;
            bool ok = int.TryParse("42", out parsed);
            int.TryParse("x", out int bad);
            Console.WriteLine(Math.Max(2, 3) + " " + Math.Pow(2, 3) + " " + Math.Round(2.5) + " " + Math.Floor(-1.5) + " " + Math.Abs(-4) + " " + Math.Sqrt(2)
                + " " + Math.Round(1.5) + " " + parsed + " " + ok + " " + bad);
            """));
    }

    [SkippableFact]
    public void Tuples_NamedElementsDeconstructionAndSwap()
    {
        Assert.Equal("3 4|4 3|(1, 2)\n", Run("""
            (int Lo, int Hi) range = (3, 4);
            var (a, b) = range;
            (a, b) = (b, a);
            var t = (1, 2);
            Console.WriteLine(range.Lo + " " + range.Hi + "|" + a + " " + b + "|" + t);
            """));
    }

    [SkippableFact]
    public void OnlyTheImportsTheOutputUses_AreEmitted()
    {
        var plain = CSharpTranslate.Run("static int F(int a) => a + 1;");
        var withMath = CSharpTranslate.Run("static double G(double x) => Math.Sqrt(x);");

        Assert.DoesNotContain("import", plain.Text, StringComparison.Ordinal);
        Assert.StartsWith("import math\n", withMath.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("deque", withMath.Text, StringComparison.Ordinal);
    }
}
