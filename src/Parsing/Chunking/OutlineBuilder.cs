using System.Text;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Builds a container's outline (its "header" chunk): the declaration, fields and member signatures kept as
/// written, each separately chunked member's body replaced by an indented <c>...</c> line, closing braces kept.
/// Every outline line remembers the source line it came from, so parts of a long outline keep exact spans.
/// </summary>
internal sealed class OutlineBuilder(SourceText source, ITokenCounter counter)
{
    private const string Elision = "...";

    public List<(int Start, int End, string Text)> Build(CodeUnit unit, int maxTokens)
    {
        var lines = Lines(unit);
        var parts = new List<(int, int, string)>();
        var text = new StringBuilder();
        int? partFirst = null;
        var partLast = 0;
        long tokens = 0;
        foreach (var (line, content) in lines)
        {
            var lineTokens = counter.CountTokens(content);
            if (partFirst is not null && tokens + lineTokens > maxTokens)
            {
                parts.Add(Part(unit, partFirst.Value, partLast, text));
                partFirst = null;
            }
            if (partFirst is null)
            {
                partFirst = line;
                tokens = 0;
                text.Clear();
            }
            else
            {
                text.Append('\n');
            }
            text.Append(content);
            tokens += lineTokens;
            partLast = line;
        }
        if (partFirst is not null)
        {
            parts.Add(Part(unit, partFirst.Value, partLast, text));
        }
        if (parts.Count == 1)
        {
            parts[0] = (unit.StartByte, unit.EndByte, parts[0].Item3);
        }
        return parts;
    }

    private (int, int, string) Part(CodeUnit unit, int first, int last, StringBuilder text) =>
        (Math.Max(unit.StartByte, source.GetLineStart(first)), Math.Min(unit.EndByte, TrimmedLineEnd(last)), text.ToString());

    private List<(int Line, string Text)> Lines(CodeUnit unit)
    {
        var first = source.GetLineIndex(unit.StartByte);
        var last = source.GetLineIndex(Math.Max(unit.StartByte, unit.EndByte - 1));
        var elisions = unit.Members
            .Where(m => m.BodyStartByte >= 0)
            .Select(m => (Body: source.GetLineIndex(m.BodyStartByte), End: source.GetLineIndex(Math.Max(m.StartByte, m.EndByte - 1))))
            .Where(e => e.End > e.Body)
            .OrderBy(e => e.Body)
            .ToList();

        var result = new List<(int, string)>();
        var line = first;
        foreach (var (body, end) in elisions)
        {
            if (body < line)
            {
                continue;
            }
            for (; line <= body; line++)
            {
                result.Add((line, LineText(unit, line)));
            }
            var closing = IsClosingOnly(end);
            if (!(closing && end == body + 1))
            {
                var indent = Indentation(body + 1 < end ? body + 1 : body, extra: body + 1 >= end);
                result.Add((body + 1, indent + Elision));
            }
            line = closing ? end : end + 1;
        }
        for (; line <= last; line++)
        {
            result.Add((line, LineText(unit, line)));
        }
        return result;
    }

    private string LineText(CodeUnit unit, int line)
    {
        var start = Math.Max(unit.StartByte, source.GetLineStart(line));
        var end = Math.Min(unit.EndByte, TrimmedLineEnd(line));
        return end > start ? source.Decode(start, end) : string.Empty;
    }

    private int TrimmedLineEnd(int line)
    {
        var end = source.GetLineEnd(line);
        var start = source.GetLineStart(line);
        var bytes = source.Utf8;
        while (end > start && (bytes[end - 1] == (byte)'\n' || bytes[end - 1] == (byte)'\r'))
        {
            end--;
        }
        return end;
    }

    private string Indentation(int line, bool extra)
    {
        var bytes = source.Utf8;
        var start = source.GetLineStart(line);
        var end = start;
        while (end < bytes.Length && (bytes[end] == (byte)' ' || bytes[end] == (byte)'\t'))
        {
            end++;
        }
        var indent = source.Decode(start, end);
        return extra ? indent + "    " : indent;
    }

    /// <summary>True for a line holding only closing punctuation, such as <c>}</c>, <c>};</c> or <c>});</c>.</summary>
    private bool IsClosingOnly(int line)
    {
        var bytes = source.Utf8[source.GetLineStart(line)..TrimmedLineEnd(line)];
        var sawBrace = false;
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'}':
                    sawBrace = true;
                    break;
                case (byte)' ' or (byte)'\t' or (byte)';' or (byte)')' or (byte)',':
                    break;
                default:
                    return false;
            }
        }
        return sawBrace;
    }
}
