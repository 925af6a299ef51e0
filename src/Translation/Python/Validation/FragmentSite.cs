using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>
/// A statement in the source that only a body may hold where it stands (<c>return</c>, <c>yield</c> or <c>await</c>
/// outside any function; <c>break</c> or <c>continue</c> outside any loop), so that the warning on the translation
/// of a fragment points at the source line that makes it one.
/// </summary>
/// <param name="Keyword">The Python keyword it becomes: <c>return</c>, <c>yield</c>, <c>await</c>, <c>break</c> or <c>continue</c>.</param>
public readonly record struct FragmentSite(string Keyword, SourcePosition Start, SourcePosition End);
