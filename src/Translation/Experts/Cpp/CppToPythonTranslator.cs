using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.CFamily;

namespace CodeIntel.Translation.Experts.Cpp;

/// <summary>
/// The C++ expert: a tree-sitter C++ tree lowered to the Python syntax model (see <c>Experts/CFamily/README.md</c>
/// for the semantics kept: truncating division, char arithmetic, counted loops, switch, STL containers and algorithms).
/// </summary>
public sealed class CppToPythonTranslator : ITranslator
{
    public string Name => "ast-cpp-python";

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.Cpp && target == TranslationTarget.Python;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(CFamilyPythonTranslation.Translate(request, Language.Cpp, Name, cancellationToken));
    }
}
