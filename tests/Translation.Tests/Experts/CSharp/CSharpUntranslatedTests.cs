using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Experts.CSharp;

/// <summary>
/// Constructs the expert does not translate faithfully are marked where they stand (a comment and a raise, so
/// running that path fails loudly), reported with their C# position, and the rest of the file is still translated.
/// </summary>
public sealed class CSharpUntranslatedTests
{
    [Theory]
    [InlineData("class C { public C(out int x) { x = 1; } }", "parameters are translated only on methods")]
    [InlineData("static int[] seen = new int[1]; static bool F(int[] a, out int i) { i = 0; return true; } static void G(int[] a) { if (a.Length > 0 && F(a, out seen[0])) { } }", "that are not local variables")]
    [InlineData("static void F(System.IO.TextReader reader) { using (reader) { } }", "disposing System.IO.TextReader is not translated")]
    [InlineData("static void F() { start: goto start; }", "labelled statement")]
    [InlineData("static int F() { var r = new Random(1); return r.Next(); }", "System.Random")]
    [InlineData("static void F() { Func<Task> f = async () => await Task.Delay(1); }", "async lambdas are not translated")]
    [InlineData("static int F(int[] a, int[] b) => (from x in a join y in b on x equals y select y).Count();", "the query clause 'join' is not translated")]
    [InlineData("static bool F<T>(object o) => o is T; static bool G(object o) => F<int>(o);", "the type argument int of a method that reads it at run time")]
    [InlineData("class Pool : List<int> { public Pool() : base(16) { } }", "constructor is not translated (only the items to start with)")]
    [InlineData("static int F() { var s = new SortedSet<int>(Comparer<int>.Create((a, b) => b - a)) { 1, 2 }; return s.Min; }", "a SortedSet with the comparer")]
    [InlineData("static int F() { var s = new SortedSet<string>(Comparer<string>.Create((a, b) => b.Length - a.Length)); return s.Count; }", "a SortedSet with the comparer")]
    [InlineData("static int F(SortedList<int, int> s) => s.Capacity;", "SortedList")]
    [InlineData("static void F(SortedList<int, int> s, Dictionary<int, int> d) { s.ToList(); var c = new SortedList<int, int>(d) { { 1, 2 } }; }", "a SortedList built from a dictionary and an initializer")]
    public void UnsupportedConstruct_IsMarkedRaisedAndWarned(string source, string reason)
    {
        var result = CSharpTranslate.Run(source);

        Assert.Contains("# UNTRANSLATED:", result.Text, StringComparison.Ordinal);
        Assert.Contains("raise NotImplementedError(", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void SourceCutOffMidStatement_MissingExpressionIsMarkedNotPrintedEmpty()
    {
        var result = CSharpTranslate.Run("class A { void F() { int x = \n");

        Assert.Contains("# UNTRANSLATED: the C# source is incomplete here", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("x = \n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Warning_PointsAtTheUserSourceLine_NotTheWrapper()
    {
        const string source = "static int Ok(int a) => a;\n\nstatic void Bad() {\n    var r = new Random(3);\n}";

        var result = CSharpTranslate.Run(source);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(3, warning.Start.Line); // zero-based: the fourth line of the snippet
        Assert.Contains("def Ok(a):", result.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void UntranslatedStatement_LeavesTheRestOfTheFunctionRunnable()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        const string source = """
            class P
            {
                static int Good(int x) => x * 2;
                static void Bad() { int i = 0; label: i++; if (i < 3) goto label; }
                static void Main() { Console.WriteLine(Good(21)); }
            }
            """;

        var result = CSharpTranslate.Run(source);

        Assert.NotEmpty(result.Warnings);
        Assert.Equal("42\n", ExternalProgram.Python(result.Text));
    }

    [Fact]
    public void SourceWithCompileErrors_IsStillTranslated_AndTheErrorIsReported()
    {
        var result = CSharpTranslate.Run("static int F(int a) { return a + UnknownHelper(a); }");

        Assert.Contains(result.Warnings, w => w.Message.Contains("does not compile", StringComparison.Ordinal));
        Assert.Contains("def F(a):", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Router_SendsCSharpToThisExpert()
    {
        using var detector = new LanguageDetector();
        var router = BuiltInTranslators.CreateRouter(detector);

        var result = await router.TranslateAsync(new TranslationRequest("class A { static int F(int x) => x / 2; }", TranslationTarget.Python, Language.CSharp));

        Assert.Equal("ast-csharp-python", result.Translator);
    }
}
