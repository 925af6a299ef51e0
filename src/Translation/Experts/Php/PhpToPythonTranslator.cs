using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// The PHP expert: a tree-sitter PHP tree lowered to the Python syntax model (see <c>Experts/Php/README.md</c> for
/// the semantics kept: PHP's string conversion, <c>/</c> and <c>%</c>, rounding, arrays as lists or dicts, classes).
/// </summary>
public sealed class PhpToPythonTranslator : ITranslator
{
    public string Name => "ast-php-python";

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.Php && target == TranslationTarget.Python;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(PhpPythonTranslation.Translate(request, Name, cancellationToken));
    }
}
