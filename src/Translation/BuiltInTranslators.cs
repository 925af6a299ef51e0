using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.Cpp;
using CodeIntel.Translation.Experts.Java;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Translation;

/// <summary>
/// The translators that ship with CodeIntel and work offline. Hosts (CLI, language server, evaluation adapters)
/// build their router here, so a new expert is registered in one place.
/// </summary>
public static class BuiltInTranslators
{
    /// <summary>A fresh set of the built-in experts, in routing order.</summary>
    public static IReadOnlyList<ITranslator> Create() =>
    [
        new JavaToPythonTranslator(),
        new CppToPythonTranslator(),
        new Experts.Php.PhpToPythonTranslator(),
        new Experts.FortranCpp.FortranCppTranslator(),
        new Experts.CppCuda.CppCudaTranslator(),
        new Experts.CSharp.CSharpToPythonTranslator(),
        new Experts.JavaScript.JavaScriptToPythonTranslator(),
    ];

    /// <summary>A router over the built-in experts, gated by <paramref name="detector"/>.</summary>
    public static TranslationRouter CreateRouter(LanguageDetector detector) => new(detector, Create());
}
