using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>"Translate to Python" on a JavaScript file or selection reaches this expert through the built-in router.</summary>
public sealed class RoutingTests : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    [Fact]
    public async Task BuiltInRouter_JavaScriptFile_RoutesToTheJavaScriptExpert()
    {
        var router = BuiltInTranslators.CreateRouter(_detector);

        var result = await router.TranslateAsync(new TranslationRequest("const twice = (x) => x * 2;\nconsole.log(twice(21));\n", TranslationTarget.Python, Path: "src/twice.js"));

        Assert.Equal("javascript", result.SourceLanguage.Id);
        Assert.Equal("ast-javascript-python", result.Translator);
        Assert.Contains("def twice(x):", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuiltInRouter_SelectionWithTheEditorsLanguage_TranslatesTheFunction()
    {
        var router = BuiltInTranslators.CreateRouter(_detector);
        const string selection = "function sumOf(values) {\n  let total = 0;\n  for (const v of values) {\n    total += v;\n  }\n  return total;\n}\nconsole.log(sumOf([1, 2, 3]));\n";

        var result = await router.TranslateAsync(new TranslationRequest(selection, TranslationTarget.Python, Language.JavaScript));

        Assert.Equal("ast-javascript-python", result.Translator);
        Assert.Contains("for v in values:", result.Text, StringComparison.Ordinal);
    }
}
