using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Translation.Tests.Routing;

/// <summary>
/// Inputs that used to end the process (a stack overflow cannot be caught; in the language server it took the
/// server down): brackets nested thousands deep, and operator chains thousands of terms long. Python compiles
/// neither past a point (200 brackets; about 3,000 levels of syntax tree), so those are refused with the reason.
/// </summary>
public sealed class SourceLimitsTests : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    public static TheoryData<string> PythonSources => new() { "csharp", "cpp", "java", "javascript", "php" };

    [Theory]
    [MemberData(nameof(PythonSources))]
    public async Task TranslateAsync_BracketsNestedTwentyThousandDeep_RefusedWithTheReason(string languageId)
    {
        var source = "x = " + new string('(', 20_000) + "1" + new string(')', 20_000) + ";";
        var router = BuiltInTranslators.CreateRouter(_detector);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() => router.TranslateAsync(
            new TranslationRequest(source, TranslationTarget.Python, Language.FromId(languageId))));

        Assert.Contains("20000 levels deep", error.Message, StringComparison.Ordinal);
        Assert.Contains("200 levels", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> FunctionTemplates => new()
    {
        { "csharp", "static class C { static int F() { return {0}; } }" },
        { "cpp", "int f() { return {0}; }" },
        { "java", "class C { static int f() { return {0}; } }" },
        { "javascript", "function f() { return {0}; }" },
        { "php", "<?php function f() { return {0}; }" },
    };

    [Theory]
    [MemberData(nameof(FunctionTemplates))]
    public async Task TranslateAsync_ChainOfTwentyThousandAdditions_RefusedAsDeeperThanPythonCompiles(string languageId, string template)
    {
        var source = template.Replace("{0}", string.Join(" + ", Enumerable.Repeat("1", 20_000)), StringComparison.Ordinal);
        var router = BuiltInTranslators.CreateRouter(_detector);

        // The expert walks the whole chain (no stack overflow); python3 could not compile what it makes of it.
        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() => router.TranslateAsync(
            new TranslationRequest(source, TranslationTarget.Python, Language.FromId(languageId))));

        Assert.Contains("maximum recursion depth exceeded during compilation", error.Message, StringComparison.Ordinal);
        Assert.Contains("Split the long expression", error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(FunctionTemplates))]
    public async Task TranslateAsync_ChainOfTwoThousandAdditions_TranslatesToPythonThatCompiles(string languageId, string template)
    {
        var source = template.Replace("{0}", string.Join(" + ", Enumerable.Repeat("1", 2_000)), StringComparison.Ordinal);
        var router = BuiltInTranslators.CreateRouter(_detector);

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.FromId(languageId)));

        Assert.Empty(result.Warnings);
        Skip.IfNot(Support.ExternalProgram.Exists("python3"), "python3 is not installed, so the output is not compiled");
        Assert.Equal(2000.ToString(System.Globalization.CultureInfo.InvariantCulture), Support.ExternalProgram.Python(result.Text + "\nprint(" + (languageId == "csharp" ? "F" : "f") + "())\n").Trim());
    }

    [Fact]
    public async Task TranslateAsync_BinaryBytes_RefusedAsNotText()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var router = BuiltInTranslators.CreateRouter(_detector);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() => router.TranslateAsync(
            new TranslationRequest(System.Text.Encoding.UTF8.GetString(bytes), TranslationTarget.Python, Language.Cpp)));

        Assert.Contains("not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_OneStrayNonUtf8ByteInAComment_StillTranslates()
    {
        var source = "// caf\uFFFD\nint twice(int x) { return 2 * x; }\n";
        var router = BuiltInTranslators.CreateRouter(_detector);

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.Cpp));

        Assert.Contains("def twice(x):", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepestNesting_BracketsInsideStringsAndChars_AreNotCounted()
    {
        const string source = "var s = \"((((\" + '(' + f(a[0], {1});\nvar t = `[[[[`;";

        var (depth, line) = SourceLimits.DeepestNesting(source);

        Assert.Equal(2, depth);
        Assert.Equal(0, line);
    }

    [Fact]
    public async Task TranslateAsync_SourceOverTheSizeLimit_RefusedBeforeDetection()
    {
        var router = BuiltInTranslators.CreateRouter(_detector);
        var source = new string('x', SourceLimits.MaxCharacters + 1);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() => router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python)));

        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }
}
