using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using Xunit.Abstractions;

namespace CodeIntel.Parsing.Tests.Languages;

public sealed class SyntaxExclusionsTests(ITestOutputHelper output) : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    // Held-out CodeXGLUE and node_modules snippets stage one got wrong, each carrying a construct the language it
    // was taken for cannot parse.
    [Theory]
    [InlineData("public bool hasTransparentBounds(){\n    return transparentBounds;\n}\n", "csharp")]
    [InlineData("public override void jumpDrawablesToCurrentState(){\n    base.jumpDrawablesToCurrentState();\n    if (mThumb != null){\n        mThumb.jumpToCurrentState();\n    }\n}\n", "csharp")]
    [InlineData("  String name = String::New(env, message.substr(0, sep));\n  Object params = Object::New(env);\n  while (sep != string::npos) {\n    break;\n  }\n", "cpp")]
    public void Detect_ConstructTheOtherLanguageCannotParse_Decides(string snippet, string expected)
    {
        Assert.Equal(expected, _detector.Detect(SourceText.FromString(snippet))?.Language.Id);
    }

    [Theory]
    [InlineData("public override string ToString() { return name; }", "java", "override_modifier")]
    [InlineData("public Point(int x) : base(x) { }", "java", "constructor_initializer")]
    [InlineData("static int Parse(string text, out int value) { value = 0; return 0; }", "java", "cs_keyword_type_parameter")]
    [InlineData("public int Count { get; private set; }", "java", "auto_property")]
    [InlineData("foreach (var item in items) { Use(item); }", "java", "foreach_in")]
    [InlineData("var n = node?.Next ?? head;", "java", "null_conditional")]
    [InlineData("using System.Text;\nclass A { }", "java", "using_directive")]
    [InlineData("class Stack<T> extends Vector<T> { }", "csharp", "extends_implements")]
    [InlineData("void read() throws IOException { }", "csharp", "throws_clause")]
    [InlineData("  @Override\n  public int hashCode() { return 1; }", "csharp", "java_annotation")]
    [InlineData("final int n = a.length;", "csharp", "final_modifier")]
    [InlineData("public static <T> T first(List<T> xs) { return xs.get(0); }", "csharp", "generic_method")]
    [InlineData("void all(List<? extends Shape> shapes) { }", "csharp", "wildcard_generic")]
    [InlineData("std::vector<int> v;", "javascript", "scope_resolution")]
    [InlineData("rules: $ => [$.object, $.array],", "python", "dollar_in_code")]
    [InlineData("return kind switch\n{\n    1 => \"one\",\n    _ => \"many\",\n};", "javascript", "switch_expression")]
    [InlineData("Task<long> CountAsync(CancellationToken token = default);", "cpp", "default_parameter")]
    [InlineData("var s = $\"{a} and {b}\";", "java", "interpolated_string")]
    [InlineData("var path = @\"C:\\temp\";", "cpp", "verbatim_string")]
    [InlineData("private const int Limit = 3;", "java", "const_member")]
    [InlineData("return new PyTry(body, handlers, final);", "java", "final_as_name")]
    [InlineData("var seen = new Dictionary<string, int>();", "java", "primitive_type_argument")]
    [InlineData("public virtual int Stem(char[] s, int len) { return len; }", "cpp", "access_modifier_declaration")]
    [InlineData("    public const int Cancelled = 130;", "c", "access_modifier_declaration")]
    [InlineData("switch (name) {\n    case \"add\": return 1;\n}", "cpp", "string_case")]
    [InlineData("const words = ['declare', 'namespace'];", "csharp", "long_single_quoted")]
    [InlineData("[UnmanagedCallersOnly]\nstatic int Read(int* p) => *p;", "c", "attribute_line")]
    public void Find_Construct_RulesOutTheLanguageThatCannotParseIt(string snippet, string excluded, string rule)
    {
        var found = SyntaxExclusions.Find(snippet);

        Assert.True(found.TryGetValue(Language.FromId(excluded)!, out var by), $"{excluded} was not ruled out.");
        Assert.Equal(rule, by);
    }

    [Fact]
    public void Find_ConstructsInCommentsAndStrings_RuleNothingOut()
    {
        const string java = """
            // Returns x => y when the key is null ?? and so on; see Foo::bar, public override void f() {
            /* foreach (var x in xs) { get; } */
            String s = "public bool f(string s, out int n) => x?.y ?? z";
            char c = '"';
            String t = "switch { case \"x\": Foo<int> = default) final) 'a long string' }";
            """;

        Assert.Empty(SyntaxExclusions.Find(java));
    }

    // A rule may rule out a snippet's own label only where the snippet is not valid code of that label after all:
    // CodeXGLUE's C# side has a few methods left half in Java (`public void close() throws IOException {`).
    [Fact]
    public void Find_DollarInPythonCommentsAndDocstrings_RulesOutNothing()
    {
        const string python = """"
            def price(n):
                """Returns the price in $,
                for n items at $5 each."""
                return "$" + str(5 * n)  # $ sign first
            """";

        Assert.Empty(SyntaxExclusions.Find(python));
    }

    // C# access specifiers in a base-class list, where C++ puts them, are no declaration.
    [Theory]
    [InlineData("class Derived :\n    public Base {\n};")]
    [InlineData("class Derived :\n    public virtual Base {\n};")]
    [InlineData("struct Derived :\n    public A, B {\n};")]
    [InlineData("class Derived : public std::vector<int> {\n  public:\n    int size() const;\n};")]
    public void Find_CppBaseClassLists_DoNotRuleOutCpp(string cpp)
    {
        Assert.False(SyntaxExclusions.Find(cpp).ContainsKey(Language.Cpp));
    }

    // A verbatim string runs over lines and escapes a quote by doubling it: what it holds is no code.
    [Fact]
    public void Find_MultiLineVerbatimString_IsMasked()
    {
        const string csharp = "var fixture = @\"\nit's a \"\"quoted\"\" switch {\nconst x = 'a long string';\n\";\n";

        Assert.All(SyntaxExclusions.Find(csharp), e => Assert.Equal("verbatim_string", e.Value));
        Assert.False(SyntaxExclusions.Find(csharp).ContainsKey(Language.CSharp));
    }

    // This repository's own C#, modern and written by hand: no rule may rule C# out of a file its grammar parses.
    [SkippableFact]
    public void Find_RepositoryCSharp_NeverRulesOutCSharp()
    {
        var src = RepositoryFolder("src");
        Skip.If(src is null, "the repository's src folder was not found beside the test assembly.");

        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") &&
                           !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(path => (Language.CSharp, Path.GetRelativePath(src, path), Head(File.ReadAllText(path))));
        var (checkedCount, invalid, wrong) = CheckAgainstGrammars(files);
        output.WriteLine($"{checkedCount} files checked; {invalid} ruled out C# and fail its grammar; {wrong.Count} parse");

        Skip.If(checkedCount < 100, $"Only {checkedCount} C# files found under {src}.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    [SkippableFact]
    public void Find_AllSharedData_RulesOutTheTrueLanguageOnlyWhereItsGrammarFails()
    {
        var data = HeldOutSnippets.FindDataFolder();
        Skip.If(data is null, "shared/data was not found beside the repository; the rules are not checked against real code.");

        var (checkedCount, invalid, wrong) = CheckAgainstGrammars(HeldOutSnippets.All(data).Select(s => (s.Language, s.Source, s.Text)));
        output.WriteLine($"{checkedCount} snippets checked; {invalid} ruled out their own label and fail its grammar; {wrong.Count} parse");

        Skip.If(checkedCount < 1000, $"Only {checkedCount} snippets found in {data}.");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    // The JavaScript, C and C++ sources of the grammar packages the build installs: real code the C# and Java
    // rules were not written against.
    [SkippableFact]
    public void Find_GrammarPackageSources_NeverRuleOutTheirOwnLanguage()
    {
        var root = NodeModules();
        Skip.If(root is null, "src/Parsing/Native/node_modules is not installed (run `dotnet build src/Parsing`).");

        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) is not ("parser.c" or "wasm-stdlib.h"))
            .Select(path => (Language: Language.FromPath(path), Path: path))
            .Where(f => f.Language == Language.JavaScript || f.Language == Language.C || f.Language == Language.Cpp)
            .Select(f => (f.Language!, Path.GetRelativePath(root, f.Path), Head(File.ReadAllText(f.Path))));
        var (checkedCount, invalid, wrong) = CheckAgainstGrammars(files);
        output.WriteLine($"{checkedCount} files checked; {invalid} ruled out their own language and fail its grammar; {wrong.Count} parse");

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
    }

    private static (int Checked, int Invalid, List<string> Wrong) CheckAgainstGrammars(
        IEnumerable<(Language Language, string Source, string Text)> snippets)
    {
        using var pool = new ParserPool();
        var grammar = new GrammarCheck(pool);
        var (checkedCount, invalid) = (0, 0);
        var wrong = new List<string>();
        foreach (var (language, source, text) in snippets)
        {
            checkedCount++;
            if (!SyntaxExclusions.Find(text).TryGetValue(language, out var rule))
            {
                continue;
            }
            if (grammar.ErrorShare(language, SourceText.FromString(text), CancellationToken.None) > 0)
            {
                invalid++;
                continue;
            }
            wrong.Add($"{source} {language.Id} ruled out by {rule}: {text[..Math.Min(200, text.Length)]}");
        }
        return (checkedCount, invalid, wrong);
    }

    // The detector reads the first 32 KiB of a file.
    private static string Head(string text) => text.Length <= 32 * 1024 ? text : text[..(32 * 1024)];

    private static string? NodeModules() => RepositoryFolder(Path.Combine("src", "Parsing", "Native", "node_modules"));

    private static string? RepositoryFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "CodeIntel.sln")))
            {
                return candidate;
            }
        }
        return null;
    }
}
