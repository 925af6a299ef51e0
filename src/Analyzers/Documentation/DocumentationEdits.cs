using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>
/// Line-aware text edits of a documentation comment. Whole-line elements are removed or added as whole lines with
/// the comment's own prefix ("    /// ") and line break, so a fixed comment looks hand-written.
/// </summary>
internal static class DocumentationEdits
{
    public static TextChange Remove(SourceText text, XmlNodeSyntax element)
    {
        var first = text.Lines.GetLineFromPosition(element.SpanStart);
        var last = text.Lines.GetLineFromPosition(element.Span.End);
        return IsExteriorOnly(text.ToString(TextSpan.FromBounds(first.Start, element.SpanStart)))
            && string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(element.Span.End, last.End)))
            ? new TextChange(TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak), string.Empty)
            : new TextChange(element.Span, string.Empty);
    }

    public static TextChange InsertAfter(SourceText text, XmlNodeSyntax anchor, string xml)
    {
        var first = text.Lines.GetLineFromPosition(anchor.SpanStart);
        var last = text.Lines.GetLineFromPosition(anchor.Span.End);
        var prefix = text.ToString(TextSpan.FromBounds(first.Start, anchor.SpanStart));
        if (IsExteriorOnly(prefix) && string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(anchor.Span.End, last.End))))
        {
            return new TextChange(new TextSpan(last.End, 0), LineBreak(text, last) + prefix + xml);
        }
        return new TextChange(new TextSpan(anchor.Span.End, 0), xml);
    }

    public static TextChange InsertBefore(SourceText text, XmlNodeSyntax anchor, string xml)
    {
        var first = text.Lines.GetLineFromPosition(anchor.SpanStart);
        var prefix = text.ToString(TextSpan.FromBounds(first.Start, anchor.SpanStart));
        return IsExteriorOnly(prefix)
            ? new TextChange(new TextSpan(first.Start, 0), prefix + xml + LineBreak(text, first))
            : new TextChange(new TextSpan(anchor.SpanStart, 0), xml);
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
