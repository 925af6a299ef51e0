using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>Where Python's operators and statements differ from C#'s, the translation computes what C# computes.</summary>
public sealed class CSharpSemanticsTests
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
    public void IntegerDivisionAndRemainder_TruncateTowardZero()
    {
        Assert.Equal("-3 -1 -3 1 3.5 -1.5\n", Run("""
            int a = -7, b = 2;
            double d = -7.5;
            Console.WriteLine((a / b) + " " + (a % 3) + " " + (7 / -2) + " " + (7 % -3) + " " + (7 / 2.0) + " " + (d % 2));
            """));
    }

    [SkippableFact]
    public void DivisionOfNonNegativeLiterals_UsesPlainFloorDivision()
    {
        var result = CSharpTranslate.Run("static int Half() => 9 / 2;");

        Assert.Contains("9 // 2", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trunc_div", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CharArithmetic_PromotesToCodesAndBack()
    {
        Assert.Equal("2 d 66 True z\n", Run("""
            char c = 'c';
            int offset = c - 'a';
            char next = (char)(c + 1);
            char z = 'y';
            z++;
            Console.WriteLine(offset + " " + next + " " + ('A' + 1) + " " + (c > 'b') + " " + z);
            """));
    }

    [SkippableFact]
    public void CountedFor_WithExactBound_BecomesRange()
    {
        var result = CSharpTranslate.Run("static int S(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }");

        Assert.Contains("for i in range(n):", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ForWhoseBodyChangesTheBound_BecomesWhile_AndContinueRunsTheUpdate()
    {
        Assert.Equal("0 1 3 4 6 | 5\n", Run("""
            var items = new List<int> { 0, 1, 2, 3, 4 };
            var seen = new List<int>();
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] == 2) { items.Add(6); continue; }
                if (items[i] == 5) break;
                seen.Add(items[i]);
            }
            int k = 0;
            for (; k < 5; k++) { }
            Console.WriteLine(string.Join(" ", seen) + " | " + k);
            """));
        var result = CSharpTranslate.Run("static void F(List<int> items) { for (int i = 0; i < items.Count; i++) { if (i == 0) items.Add(1); } }");
        Assert.DoesNotContain("range(", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void DoWhile_ContinueStillTestsTheCondition()
    {
        Assert.Equal("20\n", Run("""
            int total = 1;
            do { total += 3; if (total % 2 == 0) continue; total++; } while (total < 20);
            Console.WriteLine(total);
            """));
    }

    [SkippableFact]
    public void IncrementsInsideExpressions_KeepCSharpOrder()
    {
        Assert.Equal("1 2 | 10 0 20 | 3\n", Run("""
            int i = 0;
            int[] a = new int[3];
            int first = ++i;
            int second = i++ + 1;
            a[i--] = 20;
            a[0] = 10;
            int j = 0, count = 0;
            while (j++ < 3) count++;
            Console.WriteLine(first + " " + second + " | " + string.Join(" ", a) + " | " + count);
            """));
    }

    [SkippableFact]
    public void SwitchStatementAndExpression_MatchCasesPatternsAndDefault()
    {
        Assert.Equal("small;two-or-three;other;neg|zero one many|str:5 int:9\n", Run("""
            string Kind(int n)
            {
                switch (n)
                {
                    case 1: return "small";
                    case 2:
                    case 3: return "two-or-three";
                    case < 0: return "neg";
                    default: return "other";
                }
            }
            string Words(int n) => n switch { 0 => "zero", 1 => "one", _ => "many" };
            string Describe(object o) => o switch { string s => "str:" + s.Length, int x when x > 0 => "int:" + x, _ => "?" };
            Console.WriteLine(Kind(1) + ";" + Kind(3) + ";" + Kind(7) + ";" + Kind(-1) + "|" + Words(0) + " " + Words(1) + " " + Words(5) + "|" + Describe("hello") + " " + Describe(9));
            """));
    }

    [SkippableFact]
    public void NullableOperators_CoalesceAndConditionalAccess()
    {
        Assert.Equal("fallback 5 True 0\n", Run("""
            string s = null;
            string t = "hello";
            int? missing = null;
            Console.WriteLine((s ?? "fallback") + " " + t?.Length + " " + (s?.Length == null) + " " + (missing ?? 0));
            """));
    }

    [SkippableFact]
    public void LambdasAndLocalFunctions_CaptureAndAssignOuterVariables()
    {
        Assert.Equal("25 3 7\n", Run("""
            Func<int, int> square = x => x * x;
            int calls = 0;
            void Count() { calls++; }
            Count(); Count(); Count();
            Func<int, int, int> add = (a, b) => { int s = a + b; return s; };
            Console.WriteLine(square(5) + " " + calls + " " + add(3, 4));
            """));
    }

    [SkippableFact]
    public void Exceptions_MapToPythonTypes_AndCatchWhatPythonRaises()
    {
        Assert.Equal("bad: x must be positive (Parameter 'x')|index|div|finally\n", Run("""
            var log = new List<string>();
            try { throw new ArgumentException("x must be positive", "x"); }
            catch (ArgumentException e) { log.Add("bad: " + e.Message); }
            try { var l = new List<int>(); Console.Write(l[3]); }
            catch (ArgumentOutOfRangeException) { log.Add("index"); }
            try { int zero = 0; Console.Write(1 / zero); }
            catch (DivideByZeroException) { log.Add("div"); }
            finally { log.Add("finally"); }
            Console.WriteLine(string.Join("|", log));
            """));
    }

    [SkippableFact]
    public void Doubles_PrintAsCSharpPrintsThem()
    {
        Assert.Equal("3 2.5 0.30000000000000004 10000000000000000 1E+17 1E-05 True\n", Run("""
            double whole = 3.0;
            Console.WriteLine(whole + " " + 2.5 + " " + (0.1 + 0.2) + " " + 1e16 + " " + 1e17 + " " + 0.00001 + " " + (whole > 2));
            """));
    }

    [SkippableFact]
    public void OutAndRefParameters_ComeBackAsReturnedValues()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string program = """
            class P
            {
                static bool TryFind(int[] a, int x, out int index)
                {
                    for (index = 0; index < a.Length; index++) if (a[index] == x) return true;
                    index = -1;
                    return false;
                }
                static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
                static void Main()
                {
                    int[] arr = { 4, 5, 6 };
                    if (TryFind(arr, 5, out int i)) Console.WriteLine("at " + i);
                    bool found = TryFind(arr, 9, out var j);
                    int p = 1, q = 2;
                    Swap(ref p, ref q);
                    Swap(ref arr[0], ref arr[2]);
                    Console.WriteLine(found + " " + j + " " + p + " " + q + " " + string.Join(",", arr));
                }
            }
            """;

        var result = CSharpTranslate.Run(program);

        Assert.Contains("def Swap(a, b):", result.Text, StringComparison.Ordinal);
        Assert.Empty(result.Warnings);
        Assert.Equal(CSharpProgramRunner.Run(program), ExternalProgram.Python(result.Text));
        Assert.Equal("at 1\nFalse -1 2 1 6,5,4\n", ExternalProgram.Python(result.Text));
    }
}
