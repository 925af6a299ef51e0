using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation;

/// <summary>
/// A translator backend (an expert): an AST translator for one source language, or a neural engine. The
/// <see cref="Routing.TranslationRouter"/> picks one per request; an expert is handed requests whose
/// <see cref="TranslationRequest.SourceLanguage"/> is set.
/// </summary>
public interface ITranslator
{
    /// <summary>Short name shown to users and recorded in results, e.g. <c>ast-java-python</c>.</summary>
    string Name { get; }

    bool CanTranslate(Language source, TranslationTarget target);

    Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default);
}
