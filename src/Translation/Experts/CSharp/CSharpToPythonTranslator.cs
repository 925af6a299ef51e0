using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// The C# expert: Roslyn's syntax tree and semantic model lowered to the Python syntax model (see
/// <c>Experts/CSharp/README.md</c> for the semantics kept and what is reported instead of translated). Accepts a
/// whole file, a class, a bare method or bare statements.
/// </summary>
public sealed class CSharpToPythonTranslator : ITranslator
{
    public string Name => "ast-csharp-python";

    public bool CanTranslate(Language source, TranslationTarget target) => source == Language.CSharp && target == TranslationTarget.Python;

    public Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(CSharpPythonTranslation.Translate(request, Name, cancellationToken));
    }
}
