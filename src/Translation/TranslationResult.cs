using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation;

/// <summary>
/// A translation: the output text, the source language it was read as (and how that was decided), the
/// translator that produced it, and a warning for every construct not translated faithfully.
/// </summary>
public sealed record TranslationResult(
    string Text,
    Language SourceLanguage,
    TranslationTarget Target,
    string Translator,
    IReadOnlyList<TranslationWarning> Warnings)
{
    /// <summary>The gate's guess when the source language was detected rather than given; null when given.</summary>
    public LanguageGuess? Detection { get; init; }
}
