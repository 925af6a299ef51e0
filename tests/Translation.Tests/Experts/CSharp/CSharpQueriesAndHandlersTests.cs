namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// LINQ beyond Select/Where (query syntax, Zip, SelectMany, MaxBy, ...), library methods passed as functions,
/// exception filters and conditionally built objects, each run both ways against the compiled C#.
/// </summary>
public sealed class CSharpQueriesAndHandlersTests
{
    private static string Run(string body, string types = "") =>
        CSharpTranslate.RunBothWays(types + "\nclass P { static void Main() {\n" + body + "\n} }");

    [SkippableFact]
    public void QuerySyntax_FiltersOrdersStablyGroupsAndContinues()
    {
        var printed = Run("""
            var words = new List<string> { "pear", "fig", "apple", "kiwi", "plum", "date", "banana" };
            var shortOnes = from w in words where w.Length <= 4 orderby w.Length descending, w select w.ToUpper();
            Console.WriteLine(string.Join(",", shortOnes));
            var byLength = from w in words group w by w.Length into g orderby g.Key select g.Key + ":" + string.Join("/", g);
            Console.WriteLine(string.Join(" ", byLength));
            """);

        Assert.Equal("DATE,KIWI,PEAR,PLUM,FIG\n3:fig 4:pear/kiwi/plum/date 5:apple 6:banana\n", printed);
    }

    [SkippableFact]
    public void MoreLinq_ZipSelectManyOfTypeMaxByDefaultIfEmptyTakeWhile()
    {
        var printed = Run("""
            var names = new[] { "a", "b", "c" };
            var xs = new List<int> { 5, 3, 8, 1, 9 };
            foreach (var (n, x) in names.Zip(xs)) Console.Write(n + x + " ");
            Console.WriteLine(string.Join(",", names.Zip(xs, (n, x) => n + x)));
            Console.WriteLine(string.Join(",", new[] { "ab", "cd" }.SelectMany(s => s.ToCharArray())));
            object[] things = { 1, "two", 3, "four" };
            Console.WriteLine(things.OfType<string>().Count() + " " + xs.MaxBy(x => x % 5) + " " + xs.MinBy(x => -x));
            Console.WriteLine(xs.Where(x => x > 100).DefaultIfEmpty(-1).First() + " " + string.Join(",", xs.TakeWhile(x => x > 2)) + " " + string.Join(",", xs.SkipWhile(x => x > 2)));
            var byKey = xs.ToDictionary(x => x * 10);
            Console.WriteLine(byKey[80] + " " + new List<string> { "x", "y", "x" }.LastIndexOf("x"));
            """);

        Assert.Equal("a5 b3 c8 a5,b3,c8\na,b,c,d\n2 9 9\n-1 5,3,8 1,9\n8 2\n", printed);
    }

    [SkippableFact]
    public void LibraryMethodsPassedAsFunctions_AndListStatements()
    {
        var printed = Run("""
            var xs = new List<int> { 4, 7, 2, 9 };
            var stack = new Stack<int>();
            xs.ForEach(stack.Push);
            var odd = new HashSet<int> { 7, 9, 11 };
            Console.WriteLine(stack.Peek() + " " + xs.Count(odd.Contains));
            var alias = xs;
            xs.RemoveAll(x => x % 2 == 1);
            alias.ForEach(Console.WriteLine);
            var d = new Dictionary<string, int>();
            Console.WriteLine(d.TryAdd("k", 1) + " " + d.TryAdd("k", 2) + " " + d["k"]);
            """);

        Assert.Equal("9 2\n4\n2\nTrue False 1\n", printed);
    }

    [SkippableFact]
    public void ExceptionFilters_TryClausesInOrder_AndPassOnWhatNoneTakes()
    {
        var printed = Run("""
            for (int k = 0; k < 5; k++) {
                try {
                    try {
                        if (k == 0) throw new ArgumentException("bad arg");
                        if (k == 1) throw new InvalidOperationException("bad state");
                        if (k < 4) throw new Oops("oops", k * 4);
                        throw new KeyNotFoundException("missing");
                    }
                    catch (Oops e) when (e.Code > 8) { Console.WriteLine("big " + e.Message + " " + e.Code); }
                    catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException) { Console.WriteLine("arg/state " + ex.Message); }
                } catch (Oops outer) { Console.WriteLine("outer " + outer.Code); }
                  catch (KeyNotFoundException) { Console.WriteLine("outer missing"); }
            }
            """, "class Oops : Exception { public int Code; public Oops(string m, int code) : base(m) { Code = code; } }");

        Assert.Equal("arg/state bad arg\narg/state bad state\nouter 8\nbig oops 12\nouter missing\n", printed);
    }

    [SkippableFact]
    public void ObjectInitializerInASwitchArm_IsBuiltOnlyWhenItsArmRuns()
    {
        var printed = Run("""
            foreach (var (kind, size) in new[] { ("box", 2), ("ball", 5) }) {
                Item item = kind switch {
                    "box" => new Box(size) { Label = "B" + size },
                    _ => new Item { Label = "other" },
                };
                Console.WriteLine(item.Label);
            }
            """, """
            class Item { public string Label = ""; }
            class Box : Item { public Box(int side) { Console.WriteLine("box " + side); } }
            """);

        Assert.Equal("box 2\nB2\nother\n", printed);
    }

    [SkippableFact]
    public void InvariantCultureAndOrdinalComparisons_AreTranslated_IgnoreCaseComparesUpperCase()
    {
        var printed = Run("""
            string a = "Hello", b = "HELLO";
            Console.WriteLine(a.Equals(b, StringComparison.OrdinalIgnoreCase) + " " + a.Equals(b, StringComparison.Ordinal) + " " + string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
            Console.WriteLine(a.StartsWith("he", StringComparison.OrdinalIgnoreCase) + " " + a.Contains("LL", StringComparison.OrdinalIgnoreCase) + " " + string.Compare("abc", "ABD", StringComparison.OrdinalIgnoreCase));
            if (double.TryParse("2.5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v)) Console.WriteLine(v * 2);
            double? r = 3.14159;
            Console.WriteLine(r?.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) ?? "none");
            """);

        Assert.Equal("True False True\nTrue True -1\n5\n3.14\n", printed);
    }

    [SkippableFact]
    public void ReflectedOperator_DictionaryAsPairs_AndLocalFunctionAfterUsing()
    {
        var printed = Run("""
            var v = new V(1, 2);
            Console.WriteLine(2.0 * v + " " + v * 3.0);
            var prices = new SortedDictionary<string, int> { ["b"] = 2, ["a"] = 1 };
            Console.WriteLine(Show(prices));
            using var log = new Log();
            Console.WriteLine(Twice(21));
            static string Show(IEnumerable<KeyValuePair<string, int>> pairs) => string.Join(",", pairs.Select(p => p.Key + "=" + p.Value));
            static int Twice(int x) => 2 * x;
            """, """
            record V(double X, double Y) {
                public static V operator *(double k, V v) => new(k * v.X, k * v.Y);
                public static V operator *(V v, double k) => new(v.X * k, v.Y * k + 1);
            }
            class Log : IDisposable { public void Dispose() => Console.WriteLine("closed"); }
            """);

        Assert.Equal("V { X = 2, Y = 4 } V { X = 3, Y = 7 }\na=1,b=2\n42\nclosed\n", printed);
    }

    [SkippableFact]
    public void IncrementOfAPropertyInASwitchArm_StepsOnlyWhenItsArmRuns()
    {
        var printed = Run("""
            var m = new Machine();
            foreach (var e in new[] { "kick", "coin", "kick", "kick" }) Console.WriteLine(m.Handle(e));
            Console.WriteLine(m.Kicks + " " + m.Coins);
            """, """
            class Machine {
                public int Kicks { get; private set; }
                public int Coins;
                public string Handle(string e) => e switch {
                    "kick" => ++Kicks >= 3 ? "broken" : $"kick #{Kicks}",
                    _ => $"coin {Coins++}",
                };
            }
            """);

        Assert.Equal("kick #1\ncoin 0\nkick #2\nbroken\n3 1\n", printed);
    }

    [SkippableFact]
    public void LambdaBodiesNeedingStatements_ZipSwitchReverseOfIteratorAndOutVariableTestedInPlace()
    {
        var printed = Run("""
            var xs = new List<int> { 1, 4, 4, 9 };
            Console.WriteLine(string.Concat(xs.Zip(xs.Skip(1), (a, b) => (b - a) switch { 0 => '=', > 0 => '+', _ => '-' })));
            Console.WriteLine(string.Join(",", Q.Digits(1203).Reverse()));
            var scores = new Dictionary<string, object> { ["a"] = 1.5, ["b"] = "x" };
            var cells = new[] { "a", "b", "c" }.Select(k => (k, text: scores.TryGetValue(k, out var v) ? (v is double d ? $"{d:F2}" : "EXC") : "---"));
            Console.WriteLine(string.Join(" ", cells.Select(c => c.k + "=" + c.text).ToList()));
            """, "static class Q { public static IEnumerable<int> Digits(int n) { while (n > 0) { yield return n % 10; n /= 10; } } }");

        Assert.Equal("+=+\n1,2,0,3\na=1.50 b=EXC c=---\n", printed);
    }

    [SkippableFact]
    public void FlagsEnums_PrintCombinationsAsDotNetAndTestHasFlag_KeywordMembersKeepTheirNames()
    {
        var printed = Run("""
            var s = Sensor.None;
            Console.WriteLine($"{s} {s.HasFlag(Sensor.None)} {s.HasFlag(Sensor.Ped)}");
            s |= Sensor.Ped;
            s |= Sensor.Fault;
            Console.WriteLine($"{s} {s.HasFlag(Sensor.Ped)} {s.HasFlag(Sensor.Car)} {(s & Sensor.Fault) != 0}");
            Console.WriteLine((Sensor.Ped | Sensor.Car) + " " + (Sensor)9 + " " + (Sensor)16 + " " + (Sensor)0);
            var m = Mode.None;
            Console.WriteLine(m + " " + Enum.Parse<Mode>("None") + " " + Mode.On);
            """, "[Flags] enum Sensor { None = 0, Ped = 1, Car = 2, Both = 3, Fault = 8 } enum Mode { None, On }");

        Assert.Equal("None True False\nPed, Fault True False True\nBoth Ped, Fault 16 None\nNone None On\n", printed);
    }

    [SkippableFact]
    public void AppendAsAValue_RoundTripFormat_AndDefaultKeyValuePair()
    {
        var printed = Run("""
            var sb = new StringBuilder("[");
            Console.WriteLine(sb.Append('x').Append(12).AppendLine().Append(']').ToString().Replace("\n", "/"));
            Console.WriteLine(1e20.ToString("R") + " " + 0.1.ToString("R") + " " + (-3.5).ToString("R") + " " + (1.0 / 3).ToString("R"));
            var pairs = new List<KeyValuePair<string, int>> { new("a", 1) };
            var missing = pairs.FirstOrDefault(p => p.Key == "z");
            Console.WriteLine((missing.Key ?? "null") + " " + missing.Value + " " + pairs.FirstOrDefault(p => p.Key == "a").Value);
            """, "using System.Text;");

        Assert.Equal("[x12/]\n1E+20 0.1 -3.5 0.3333333333333333\nnull 0 1\n", printed);
    }

    [SkippableFact]
    public void StaticComputedProperties_RunTheirBodyOnEveryRead()
    {
        var printed = Run("""
            var a = Counter.Fresh;
            a.N += 5;
            Console.WriteLine(a.N + " " + Counter.Fresh.N + " " + Counter.Reads + " " + Counter.Twice);
            """, """
            class Counter
            {
                public int N;
                public static int Made;
                public static Counter Fresh => new Counter { N = ++Made };
                public static int Reads { get { Made += 10; return Made; } }
                public static int Twice => Fresh.N * 2;
            }
            """);

        Assert.Equal("6 2 12 26\n", printed);
    }

    [SkippableFact]
    public void OperatorsToldApartBySecondOperandType_CallTheOverloadCSharpResolves()
    {
        var printed = Run("""
            var m = new M(2);
            var v = new V(3);
            Console.WriteLine((m * 4).K + " " + (m * 2.5).K + " " + (m * m).K + " " + (m * v).X + " " + (1.5 * v).X);
            """, """
            class V { public double X; public V(double x) { X = x; } public static V operator *(double k, V v) => new V(k * v.X); }
            class M
            {
                public double K;
                public M(double k) { K = k; }
                public static M operator *(M a, double k) => new M(a.K * k);
                public static M operator *(M a, M b) => new M(a.K + b.K);
                public static V operator *(M a, V v) => new V(a.K - v.X);
            }
            """);

        Assert.Equal("8 5 4 -1 4.5\n", printed);
    }
}
