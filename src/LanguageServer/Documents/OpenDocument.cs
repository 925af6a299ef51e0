using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Documents;

/// <summary>A document the client has open: its text as the editor has it (which may differ from the disk), version and language.</summary>
internal sealed class OpenDocument(string uri, string path, string languageId, int version, string text)
{
    public string Uri { get; } = uri;

    public string Path { get; } = path;

    public string LanguageId { get; } = languageId;

    public int Version { get; private set; } = version;

    public string Text { get; private set; } = text;

    /// <summary>
    /// Applies the client's edits in order: a change without a range replaces everything, one with a range replaces
    /// that span. Positions past a line's end or the document's end are clamped, as LSP asks.
    /// </summary>
    public void Apply(int version, IEnumerable<TextDocumentContentChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                Text = change.Text;
                continue;
            }
            var start = OffsetOf(Text, change.Range.Start);
            var end = OffsetOf(Text, change.Range.End);
            if (end < start)
            {
                (start, end) = (end, start);
            }
            Text = string.Concat(Text.AsSpan(0, start), change.Text, Text.AsSpan(end));
        }
        Version = version;
    }

    /// <summary>The text within <paramref name="range"/>, or the whole text when the range is null or empty.</summary>
    public string Slice(LspRange? range) => Slice(Text, range);

    public static string Slice(string text, LspRange? range)
    {
        if (range is null || range.IsEmpty)
        {
            return text;
        }
        var start = OffsetOf(text, range.Start);
        var end = OffsetOf(text, range.End);
        return end <= start ? string.Empty : text[start..end];
    }

    /// <summary>The UTF-16 offset of a zero-based line and UTF-16 column, clamped to the text.</summary>
    public static int OffsetOf(string text, Position position)
    {
        var line = Math.Max(0, position.Line);
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }
            offset = next + 1;
        }
        var lineEnd = text.IndexOf('\n', offset);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }
        else if (lineEnd > offset && text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }
        return Math.Min(offset + Math.Max(0, position.Character), lineEnd);
    }
}
