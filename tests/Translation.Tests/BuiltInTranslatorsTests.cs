using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Tests;

public sealed class BuiltInTranslatorsTests : IDisposable
{
    private readonly LanguageDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData("public static int twice(int x) {\n    return x * 2;\n}\n", "java", "ast-java-python")]
    [InlineData("#include <vector>\nint twice(std::vector<int>& v) {\n    return v.size() * 2;\n}\n", "cpp", "ast-cpp-python")]
    public async Task CreateRouter_SourceWithoutLanguage_GateRoutesToItsExpert(string source, string language, string translator)
    {
        var router = BuiltInTranslators.CreateRouter(_detector);

        var result = await router.TranslateAsync(new TranslationRequest(source, TranslationTarget.Python));

        Assert.Equal(language, result.SourceLanguage.Id);
        Assert.Equal(translator, result.Translator);
        Assert.NotNull(result.Detection);
        Assert.Contains("def twice(", result.Text);
    }

    [Fact]
    public async Task CreateRouter_LanguageWithoutExpert_SaysItIsNotAvailable()
    {
        var router = BuiltInTranslators.CreateRouter(_detector);

        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            router.TranslateAsync(new TranslationRequest("<?php echo 1;", TranslationTarget.Java, Language.Php)));

        Assert.Contains("PHP to Java", error.Message);
    }
}
