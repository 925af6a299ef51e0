using CodeIntel.Parsing.Languages;

namespace CodeIntel.Translation;

/// <summary>
/// What to translate: source text, the language it is in (null: let the gate decide), and the target.
/// <paramref name="Path"/> is only a hint (extension, messages); nothing is read from it.
/// </summary>
public sealed record TranslationRequest(string Source, TranslationTarget Target, Language? SourceLanguage = null, string? Path = null);
