using CodeIntel.Evaluation.Metrics.CodeBleu;
using CodeIntel.Tests;

namespace CodeIntel.Evaluation.Tests.Metrics.CodeBleu;

public sealed class CodeBleuMetricTests
{
    [Fact]
    public void Corpus_RenamedPythonFunction_MatchesPublishedComponents()
    {
        // The worked example of the CodeBLEU package README: same structure, renamed and reordered names.
        var score = CodeBleuMetric.Corpus(
            ["def sum ( first , second ) :\n return second + first"],
            ["def add ( a , b ) :\n return a + b"],
            CodeBleuLanguage.Python);

        // The README prints four decimals of values computed with Python floats; three must agree.
        Assert.Equal(0.1041, score.NGramMatch, 3);
        Assert.Equal(0.1109, score.WeightedNGramMatch, 3);
        Assert.Equal(1.0, score.SyntaxMatch, 6);
        Assert.Equal(1.0, score.DataFlowMatch, 6);
        Assert.Equal(0.5537, score.Value, 3);
    }

    [Theory]
    [InlineData("java", "public int Add(int a, int b) { int c = a + b; for (int i = 0; i < b; i++) { c += i; } return c; }")]
    [InlineData("c_sharp", "public int Add(int a, int b) { var c = a + b; foreach (var x in items) { c += x; } return c; }")]
    [InlineData("python", "def add(a, b):\n    c = a + b\n    for x in items:\n        c += x\n    return c")]
    [InlineData("cpp", "int add(int a, int b) { int c = a + b; for (int i = 0; i < b; i++) { c += i; } return c; }")]
    public void Corpus_IdenticalCode_ScoresOne(string language, string code)
    {
        var score = CodeBleuMetric.Corpus([code], [code], CodeBleuLanguage.FromId(language)!);

        Assert.Equal(1.0, score.SyntaxMatch, 6);
        Assert.Equal(1.0, score.DataFlowMatch, 6);
        Assert.Equal(1.0, score.Value, 6);
    }

    [Fact]
    public void Corpus_BrokenDataFlow_LowersOnlyTheFlowAndTokenParts()
    {
        const string reference = "int f(int a, int b) { int c = a + b; return c; }";
        const string swapped = "int f(int a, int b) { int c = a + b; return a; }";

        var score = CodeBleuMetric.Corpus([reference], [swapped], CodeBleuLanguage.Java);

        Assert.True(score.DataFlowMatch < 1.0, $"data flow {score.DataFlowMatch}");
        Assert.True(score.DataFlowMatch > 0.0, $"data flow {score.DataFlowMatch}");
        Assert.True(score.Value < 1.0);
    }

    [Fact]
    public void Corpus_KeywordsMatchedOnly_WeightedMatchBeatsPlainMatch()
    {
        // Only the keywords agree: the keyword-weighted unigram recall is far above the plain one.
        var score = CodeBleuMetric.Corpus(["public static void foo ( ) { return ; }"], ["public static void bar ( x ) { y ; }"], CodeBleuLanguage.Java);

        Assert.True(score.WeightedNGramMatch > score.NGramMatch, $"{score.WeightedNGramMatch} vs {score.NGramMatch}");
    }

    [SkippableTheory]
    [InlineData("java", "java.txt")]
    [InlineData("c_sharp", "c_sharp.txt")]
    [InlineData("python", "python.txt")]
    [InlineData("cpp", "cpp.txt")]
    public void Keywords_WrittenOut_EqualTheOfficialLists(string language, string file)
    {
        var folder = SharedData.Folder("codexglue-formats");
        Skip.If(folder is null, "shared/data/codexglue-formats is not on this machine.");
        var official = File.ReadAllLines(Path.Combine(folder!, "codebleu-keywords", file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet();

        Assert.Equal(official.Order(), CodeBleuLanguage.FromId(language)!.Keywords.Order());
    }
}
