using Microsoft.CodeAnalysis.Text;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>
/// Line-aware text edits of a documentation comment. Whole-line elements are removed or added as whole lines with
/// the comment's own prefix ("    /// ") and line break, so a fixed comment looks hand-written.
/// </summary>
internal static class DocumentationEdits
{
    public static TextChange Remove(SourceText text, TextSpan element)
    {
        var first = text.Lines.GetLineFromPosition(element.Start);
        var last = text.Lines.GetLineFromPosition(element.End);
        return IsExteriorOnly(text.ToString(TextSpan.FromBounds(first.Start, element.Start)))
            && string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(element.End, last.End)))
            ? new TextChange(TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak), string.Empty)
            : new TextChange(element, string.Empty);
    }

    public static TextChange InsertAfter(SourceText text, TextSpan anchor, string xml)
    {
        var first = text.Lines.GetLineFromPosition(anchor.Start);
        var last = text.Lines.GetLineFromPosition(anchor.End);
        var prefix = text.ToString(TextSpan.FromBounds(first.Start, anchor.Start));
        if (IsExteriorOnly(prefix) && string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(anchor.End, last.End))))
        {
            return new TextChange(new TextSpan(last.End, 0), LineBreak(text, last) + prefix + xml);
        }
        return new TextChange(new TextSpan(anchor.End, 0), xml);
    }

    public static TextChange InsertBefore(SourceText text, TextSpan anchor, string xml)
    {
        var first = text.Lines.GetLineFromPosition(anchor.Start);
        var prefix = text.ToString(TextSpan.FromBounds(first.Start, anchor.Start));
        return IsExteriorOnly(prefix)
            ? new TextChange(new TextSpan(first.Start, 0), prefix + xml + LineBreak(text, first))
            : new TextChange(new TextSpan(anchor.Start, 0), xml);
    }

    private static string LineBreak(SourceText text, TextLine line)
    {
        var lineBreak = text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
        return lineBreak.Length > 0 ? lineBreak : "\n";
    }

    // "    /// " or " * ": nothing but indentation and the comment's exterior before the element.
    private static bool IsExteriorOnly(string prefix)
    {
        var trimmed = prefix.Trim();
        return trimmed.Length == 0 || trimmed == "///" || trimmed == "*";
    }
}
