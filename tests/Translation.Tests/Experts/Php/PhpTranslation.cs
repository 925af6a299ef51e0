using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.Php;

namespace CodeIntel.Translation.Tests.Experts.Php;

/// <summary>Translates PHP with the PHP expert directly (no gate).</summary>
internal static class PhpTranslation
{
    public static TranslationResult Of(string source) =>
        new PhpToPythonTranslator().TranslateAsync(new TranslationRequest(source, TranslationTarget.Python, Language.Php)).GetAwaiter().GetResult();
}
