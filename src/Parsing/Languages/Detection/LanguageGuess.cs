namespace CodeIntel.Parsing.Languages;

/// <summary>
/// What <see cref="LanguageDetector.Detect"/> found: the most likely language, its probability, and every
/// detectable language's probability, best first. The scores sum to one minus the probability that the text
/// is not code at all, so a low <see cref="Confidence"/> can mean "ambiguous" or "barely code".
/// </summary>
public sealed record LanguageGuess(Language Language, double Confidence, IReadOnlyList<LanguageScore> Scores);
