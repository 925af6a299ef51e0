using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation;

/// <summary>
/// A construct that was not translated faithfully: the output keeps a marked comment at that place, and this
/// warning points at the source span (zero-based positions, columns in UTF-8 bytes, end exclusive).
/// </summary>
public sealed record TranslationWarning(string Message, SourcePosition Start, SourcePosition End);
