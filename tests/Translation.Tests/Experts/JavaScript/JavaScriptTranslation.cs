using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.JavaScript;

namespace CodeIntel.Translation.Tests.Experts.JavaScript;

/// <summary>Translates JavaScript with the expert directly (no gate).</summary>
internal static class JavaScriptTranslation
{
    public static TranslationResult Translate(string source) =>
        new JavaScriptToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.JavaScript)).GetAwaiter().GetResult();
}
