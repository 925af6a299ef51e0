using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Heredoc and nowdoc strings. The grammar leaves the line breaks between the body's pieces out of its nodes, so
/// the literal text is read from the source between the interpolated values; as PHP 7.3+ does, the closing
/// marker's indentation is removed from every line and the line break before the marker is dropped. A heredoc
/// decodes escapes and interpolates like a double-quoted string; a nowdoc is taken as written.
/// </summary>
internal sealed partial class PhpLowering
{
    private List<Lowered> HeredocParts(SyntaxNode node)
    {
        var source = Encoding.UTF8.GetBytes(node.Text);
        var origin = node.StartByte;
        string Read(int from, int to) => Encoding.UTF8.GetString(source, from - origin, to - from);
        var endTag = Field(node, "end_tag");
        var beforeEnd = Read(origin, endTag.StartByte);
        var lastBreak = beforeEnd.LastIndexOf('\n');
        var firstBreak = beforeEnd.IndexOf('\n', StringComparison.Ordinal);
        if (lastBreak < 0 || firstBreak < 0)
        {
            throw Unsupported(node, "a heredoc without line breaks is not translated");
        }
        var indentation = beforeEnd[(lastBreak + 1)..];
        var bodyStart = origin + Encoding.UTF8.GetByteCount(beforeEnd.AsSpan(0, firstBreak + 1));
        var bodyEnd = origin + Encoding.UTF8.GetByteCount(beforeEnd.AsSpan(0, lastBreak));
        var heredoc = node.Type == "heredoc";
        var parts = new List<Lowered>();
        var position = bodyStart;
        var atLineStart = true;
        void Flush(int to)
        {
            if (to > position)
            {
                var raw = Dedent(Read(position, to), indentation, atLineStart);
                parts.Add(new Lowered(new PyString(heredoc ? DoubleQuoted(raw, heredoc: true) : raw), PhpType.String));
            }
            position = System.Math.Max(position, to);
        }
        if (heredoc && node.ChildByField("value") is { } body)
        {
            foreach (var child in body.Children)
            {
                if (child.Type is "string_content" or "escape_sequence" || child.StartByte >= bodyEnd)
                {
                    continue;
                }
                Flush(child.StartByte);
                if (child.IsNamed)
                {
                    parts.Add(LowerInterpolated(child));
                    atLineStart = false;
                }
                position = child.EndByte;
            }
        }
        if (bodyEnd > position)
        {
            Flush(bodyEnd);
        }
        return parts.Count > 0 ? parts : [new Lowered(new PyString(""), PhpType.String)];
    }

    /// <summary>Removes the closing marker's indentation from the start of each line of <paramref name="raw"/>.</summary>
    private static string Dedent(string raw, string indentation, bool startsLine)
    {
        if (indentation.Length == 0)
        {
            return raw;
        }
        var lines = raw.Split('\n');
        for (var i = startsLine ? 0 : 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(indentation, StringComparison.Ordinal))
            {
                lines[i] = lines[i][indentation.Length..];
            }
        }
        return string.Join('\n', lines);
    }
}
