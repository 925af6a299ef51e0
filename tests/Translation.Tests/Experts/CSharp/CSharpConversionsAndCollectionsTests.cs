using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Unsigned wrap-around, user-defined conversions, list patterns, element steps inside expressions, and the library
/// members round 6 of the held-out programs used: each compiled and run as C#, then translated and run by python3.
/// </summary>
public sealed class CSharpConversionsAndCollectionsTests
{
    private static string RunProgram(string program)
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var python = CSharpTranslate.RunPython(program);
        Assert.Equal(CSharpProgramRunner.Run(program), python);
        return python;
    }

    private static string Run(string body) => RunProgram("class P { static void Main() {\n" + body + "\n} }");

    [SkippableFact]
    public void UnsignedArithmetic_WrapsAsInDotNet()
    {
        Assert.Equal("1025555898 4294967295 4294967290 1246822400 1\n", Run("""
            uint s = 7; s = s * 1664525u + 1013904223u;
            uint z = 0; z--; uint w = z; w -= 5;
            uint shifted = 0xD4A5_1000u << 4; ulong big = ulong.MaxValue; big += 2;
            Console.WriteLine($"{s} {z} {w} {shifted} {big}");
            """));
    }

    [SkippableFact]
    public void ImplicitAndExplicitConversionOperators_AreCalledWhereCSharpConverts()
    {
        Assert.Equal("7/1 9/2 3 5/1\n", RunProgram("""
            record Frac(long Num, long Den)
            {
                public static implicit operator Frac(long n) => new(n, 1);
                public static explicit operator long(Frac f) => f.Num / f.Den;
                public static Frac operator +(Frac a, Frac b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
                public override string ToString() => $"{Num}/{Den}";
            }
            class P
            {
                static void Main()
                {
                    Frac seven = 7;
                    Frac half = new(1, 2);
                    Frac sum = half + 4;
                    Frac total = 2;
                    total += 3;
                    Console.WriteLine($"{seven} {sum} {(long)new Frac(7, 2)} {total}");
                }
            }
            """));
    }

    [SkippableFact]
    public void ListPatterns_TestLengthAndElements()
    {
        Assert.Equal("one:a | two:a+b-c | first a last d (2 between) | empty | one:x\n", Run("""
            string Shape(string[] parts) => parts switch
            {
                [] => "empty",
                [var only] => "one:" + only,
                [var a, var b] => "two:" + a + "+" + b,
                [var first, .. var middle, var last] => $"first {first} last {last} ({middle.Length} between)",
            };
            Console.WriteLine(string.Join(" | ", Shape("a".Split('-', 2)), Shape("a-b-c".Split('-', 2)), Shape(new[] { "a", "b", "c", "d" }),
                Shape(new string[0]), Shape(new List<string> { "x" }.ToArray())));
            """));
    }

    [SkippableFact]
    public void SplitWithACount_KeepsTheRestInTheLastPart()
    {
        Assert.Equal("[a|b-c] [a-b-c] [] [abc] [|a-] 1\n", Run("""
            string Show(string[] p) => "[" + string.Join("|", p) + "]";
            int n = 0;
            Console.WriteLine($"{Show("a-b-c".Split('-', 2))} {Show("a-b-c".Split('-', 1))} {Show("a-b-c".Split('-', n))} {Show("abc".Split("-", 2))} {Show("-a-".Split('-', 2))} {"".Split('-', 2).Length}");
            """));
    }

    [SkippableFact]
    public void DecimalTryParse_AcceptsWhatNumberStylesNumberAccepts()
    {
        Assert.Equal("1200 0.5 5 -5 -1200.50 12 | False False False False False False\n", Run("""
            var good = new[] { "1,200", ".5", "5.", "5-", "-1,200.50", " 12 " }.Select(s => decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d.ToString() : "?");
            var bad = new[] { "1e3", "+-5", ",5", "1 000", "NaN", "" }.Select(s => decimal.TryParse(s, out _));
            Console.WriteLine(string.Join(" ", good) + " | " + string.Join(" ", bad));
            """));
    }

    [SkippableFact]
    public void ElementStepsAndRemoveAll_InsideExpressions()
    {
        Assert.Equal("ready b | 3 left 2 | 2 removed [1,3,5]\n", Run("""
            var remaining = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 };
            var ready = new List<string>();
            foreach (var k in new[] { "a", "b" }) if (--remaining[k] == 0) ready.Add(k);
            var counts = new int[] { 1, 2 };
            int before = counts[1]++ + 1;
            var xs = new List<int> { 1, 2, 3, 4, 5 };
            var alias = xs;
            int removed = xs.RemoveAll(x => x % 2 == 0);
            Console.WriteLine($"ready {string.Join(",", ready)} | {before} left {remaining["a"] + 1} | {removed} removed [{string.Join(",", alias)}]");
            """));
    }

    [SkippableFact]
    public void LinqAppendPrependCastAndReadOnlyInterfaces()
    {
        Assert.Equal("0,1,2,3 | 3 True False | 2 | 3\n", Run("""
            var xs = new List<int> { 1, 2 };
            var all = xs.Prepend(0).Append(3).ToList();
            IReadOnlySet<string> set = new HashSet<string> { "a", "b", "c" };
            IReadOnlyCollection<int> ro = xs;
            int? firstNullable = xs.Where(x => x > 1).Cast<int?>().FirstOrDefault();
            int[,] grid = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
            int odd = 0; foreach (int v in grid) if (v % 2 == 1) odd++;
            Console.WriteLine($"{string.Join(",", all)} | {set.Count} {set.Contains("a")} {set.Contains("z")} | {firstNullable} | {odd}");
            """));
    }

    [SkippableFact]
    public void PriorityQueueTryDequeue_UnderACondition_AssignsBothOutVariables()
    {
        Assert.Equal("b@1 a@2 done\n", Run("""
            var q = new PriorityQueue<string, int>();
            q.Enqueue("a", 2); q.Enqueue("b", 1);
            bool open = true;
            var log = new List<string>();
            while (open && q.TryDequeue(out var item, out var priority)) log.Add($"{item}@{priority}");
            Console.WriteLine(string.Join(" ", log) + " done");
            """));
    }

    [SkippableFact]
    public void InnerExceptionDisposeAndAssigningLambdas()
    {
        Assert.Equal("wrapped (inner) | none | 1 1 | 3\n", RunProgram("""
            class Wrapped(string m, Exception inner) : Exception(m, inner);
            sealed class Token(List<int> owner) : IDisposable { public void Dispose() => owner.Clear(); }
            class P
            {
                static IDisposable Hold(List<int> xs) => new Token(xs);
                static void Main()
                {
                    var e = new Wrapped("wrapped", new InvalidOperationException("inner"));
                    var plain = new InvalidOperationException("x");
                    var bare = new InvalidOperationException("outer", new ArgumentException("a"));
                    var held = new List<int> { 1, 2, 3 };
                    var token = Hold(held);
                    var totals = new Dictionary<string, int>();
                    Action<string> add = k => totals[k] = totals.GetValueOrDefault(k) + 1;
                    add("a"); add("b");
                    token.Dispose();
                    Console.WriteLine($"{e.Message} ({e.InnerException?.Message}) | {plain.InnerException?.Message ?? "none"} | {totals["a"]} {totals["b"]} | {held.Count + (bare.InnerException is ArgumentException ? 3 : 0)}");
                }
            }
            """));
    }

    [SkippableFact]
    public void StaticPropertiesCreatingTheirOwnClass_AreSetAfterTheClass()
    {
        Assert.Equal("box 9 | sharp 1 | True\n", RunProgram("""
            sealed record Kernel(string Name, int Divisor = 1)
            {
                public static Kernel Box { get; } = new("box", 9);
                public static readonly Kernel Sharp = new("sharp");
                public static readonly Kernel[] All = { Box, Sharp };
            }
            class P
            {
                static void Main() => Console.WriteLine($"{Kernel.Box.Name} {Kernel.Box.Divisor} | {Kernel.Sharp.Name} {Kernel.Sharp.Divisor} | {Kernel.All[0] == Kernel.Box}");
            }
            """));
    }

    [SkippableFact]
    public void NegatedIsNullOrEmpty_IsABool_AndAStructDefaultIsZeroed()
    {
        Assert.Equal("True True 0/0\n", RunProgram("""
            readonly struct Frac
            {
                public long Num { get; }
                public long Den { get; }
                public Frac(long n, long d = 1) { Num = n; Den = d; }
            }
            class P
            {
                static void Main()
                {
                    string? s = "x";
                    bool has = !string.IsNullOrEmpty(s);
                    var zero = new Dictionary<int, Frac>().GetValueOrDefault(3);
                    Console.WriteLine($"{has} {has == true} {zero.Num}/{zero.Den}");
                }
            }
            """));
    }
}
