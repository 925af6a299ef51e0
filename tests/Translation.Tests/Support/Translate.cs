using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.Cpp;
using CodeIntel.Translation.Experts.Java;

namespace CodeIntel.Translation.Tests.Support;

/// <summary>Translates with the built-in experts directly (no gate).</summary>
internal static class Translate
{
    public static TranslationResult Java(string source) =>
        new JavaToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.Java)).GetAwaiter().GetResult();

    public static TranslationResult Cpp(string source) =>
        new CppToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.Cpp)).GetAwaiter().GetResult();
}
