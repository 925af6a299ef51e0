namespace CodeIntel.Parsing.Languages;

/// <summary>One language's probability in a <see cref="LanguageGuess"/>.</summary>
public sealed record LanguageScore(Language Language, double Score);
