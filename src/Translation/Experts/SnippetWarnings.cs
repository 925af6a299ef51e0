using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// Warnings as the user reads them: in source order, and on the user's own lines when the expert parsed the snippet
/// inside lines it added (a class around a bare method, a <c>&lt;?php</c> tag).
/// </summary>
internal static class SnippetWarnings
{
    /// <param name="warnings">The lowering's warnings, positioned in the text that was parsed.</param>
    /// <param name="wrapperLines">How many lines the expert put before the user's source.</param>
    public static TranslationWarning[] InSourceOrder(IEnumerable<TranslationWarning> warnings, int wrapperLines = 0) => warnings
        .Select(w => wrapperLines == 0 ? w : w with { Start = Unwrap(w.Start, wrapperLines), End = Unwrap(w.End, wrapperLines) })
        .OrderBy(w => w.Start.Line).ThenBy(w => w.Start.Column)
        .ToArray();

    private static SourcePosition Unwrap(SourcePosition position, int lines) => position with { Line = Math.Max(0, position.Line - lines) };
}
