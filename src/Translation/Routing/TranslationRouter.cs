using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Translation.Routing;

/// <summary>
/// The gate in front of the experts: names the source language when the request does not (from the path's
/// extension, else from content through <see cref="LanguageDetector"/>), then hands the request to the first
/// expert that translates that language into the target. Experts are tried in the order given.
/// </summary>
public sealed class TranslationRouter
{
    private readonly LanguageDetector _detector;
    private readonly IReadOnlyList<ITranslator> _experts;

    public TranslationRouter(LanguageDetector detector, IEnumerable<ITranslator> experts)
    {
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _experts = experts?.ToArray() ?? throw new ArgumentNullException(nameof(experts));
    }

    public IReadOnlyList<ITranslator> Experts => _experts;

    /// <summary>Whether some expert translates <paramref name="source"/> into <paramref name="target"/>.</summary>
    public bool Supports(Language source, TranslationTarget target) => _experts.Any(e => e.CanTranslate(source, target));

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        SourceLimits.Check(request.Source, request.Target);
        LanguageGuess? guess = null;
        var language = request.SourceLanguage ?? (request.Path is null ? null : Language.FromPath(request.Path));
        if (language is null)
        {
            guess = _detector.Detect(SourceText.FromString(request.Source), cancellationToken)
                ?? throw new TranslationUnavailableException(
                    "Could not tell the source language: the text carries no code signal. Pass the language explicitly (--from).");
            language = guess.Language;
        }

        var expert = _experts.FirstOrDefault(e => e.CanTranslate(language, request.Target))
            ?? throw new TranslationUnavailableException(
                $"Translation from {language.Name} to {request.Target.Name} is not available yet" +
                (guess is null ? "." : $" (the source was detected as {language.Name}, confidence {guess.Confidence:P0}; pass --from if that is wrong)."));

        var routed = request with { SourceLanguage = language };
        var result = await DeepStack.RunAsync(() => expert.TranslateAsync(routed, cancellationToken), cancellationToken).ConfigureAwait(false);
        return guess is null ? result : result with { Detection = guess };
    }
}
