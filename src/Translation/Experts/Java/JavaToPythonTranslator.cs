using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Experts.CFamily;

namespace CodeIntel.Translation.Experts.Java;

/// <summary>
/// The Java expert: a tree-sitter Java tree lowered to the Python syntax model (see <c>Experts/CFamily/README.md</c>
/// for the semantics kept: truncating division, char arithmetic, counted loops, switch, collections).
/// </summary>
public sealed class JavaToPythonTranslator : ITranslator
{
    public string Name => "ast-java-python";

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.Java && target == TranslationTarget.Python;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(CFamilyPythonTranslation.Translate(request, Language.Java, Name, cancellationToken));
    }
}
