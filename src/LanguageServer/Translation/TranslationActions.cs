using CodeIntel.Parsing.Languages;
using CodeIntel.Translation;

namespace CodeIntel.LanguageServer.Translation;

/// <summary>Which "Translate to ..." actions a source language offers, as the product defines them.</summary>
internal static class TranslationActions
{
    public static IReadOnlyList<TranslationTarget> TargetsFor(Language? language)
    {
        if (language is null)
        {
            return [];
        }
        if (language == Language.Cpp)
        {
            return [TranslationTarget.Python, TranslationTarget.Cuda];
        }
        if (language == Language.CSharp || language == Language.Java || language == Language.JavaScript || language == Language.Php)
        {
            return [TranslationTarget.Python];
        }
        return language == Language.Fortran ? [TranslationTarget.Cpp] : [];
    }

    /// <summary>The language of a document: the client's language id first (an unsaved buffer has no useful extension), else the path.</summary>
    public static Language? LanguageOf(string? languageId, string? path)
    {
        var byId = languageId?.ToLowerInvariant() switch
        {
            null => null,
            "fortran" or "fortran-modern" or "fortranfreeform" or "fortranfixedform" => Language.Fortran,
            "c++" => Language.Cpp,
            "cuda-cpp" => Language.Cpp,
            var id => Language.FromId(id),
        };
        return byId ?? (path is null ? null : Language.FromPath(path));
    }
}
