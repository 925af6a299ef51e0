using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// The JavaScript expert: a tree-sitter JavaScript tree lowered to the Python syntax model (see README.md in this
/// folder for the semantics kept and what is reported instead of translated).
/// </summary>
public sealed class JavaScriptToPythonTranslator : ITranslator
{
    public string Name => "ast-javascript-python";

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.JavaScript && target == TranslationTarget.Python;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(JavaScriptPythonTranslation.Translate(request, Name, cancellationToken));
    }
}
