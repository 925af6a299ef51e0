using System.Globalization;
using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private static LoweredExpression LowerNumber(SyntaxNode node)
    {
        var text = node.Text.Replace("_", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var binary = text.StartsWith("0b", StringComparison.OrdinalIgnoreCase);
        var isFloat = !hex && !binary && (text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase)
            || text.EndsWith('f') || text.EndsWith('F') || text.EndsWith('d') || text.EndsWith('D'));
        text = text.TrimEnd('l', 'L', 'u', 'U');
        if (isFloat)
        {
            text = text.TrimEnd('f', 'F', 'd', 'D');
            if (text.EndsWith('.'))
            {
                text += "0";
            }
            if (text.StartsWith('.'))
            {
                text = "0" + text;
            }
            return new(new PyNumber(text), CType.Float);
        }
        if (!hex && !binary && text.Length > 1 && text[0] == '0')
        {
            // C and Java octal: 017 is fifteen; Python spells it 0o17.
            text = "0o" + text[1..];
        }
        return new(new PyNumber(text), CType.Int);
    }

    private static string StringBody(SyntaxNode node)
    {
        var text = node.Text;
        var open = text.IndexOf('"', StringComparison.Ordinal);
        var close = text.LastIndexOf('"');
        return close > open ? text[(open + 1)..close] : throw Unsupported(node, "the string literal");
    }

    private static string Unescape(string body, SyntaxNode node)
    {
        var b = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                b.Append(body[i]);
                continue;
            }
            var c = body[++i];
            switch (c)
            {
                case 'n': b.Append('\n'); break;
                case 't': b.Append('\t'); break;
                case 'r': b.Append('\r'); break;
                case 'b': b.Append('\b'); break;
                case 'f': b.Append('\f'); break;
                case 'a': b.Append('\a'); break;
                case 'v': b.Append('\v'); break;
                case '0' when i + 1 == body.Length || !char.IsAsciiDigit(body[i + 1]): b.Append('\0'); break;
                case 'u' when i + 4 < body.Length:
                    b.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'x':
                    var end = i + 1;
                    while (end < body.Length && char.IsAsciiHexDigit(body[end]))
                    {
                        end++;
                    }
                    b.Append((char)int.Parse(body.AsSpan(i + 1, end - i - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i = end - 1;
                    break;
                default:
                    if (char.IsAsciiDigit(c))
                    {
                        var stop = i;
                        while (stop < body.Length && stop < i + 3 && body[stop] is >= '0' and <= '7')
                        {
                            stop++;
                        }
                        b.Append((char)Convert.ToInt32(body[i..stop], 8));
                        i = stop - 1;
                    }
                    else if (c is '\\' or '\'' or '"' or '?')
                    {
                        b.Append(c);
                    }
                    else
                    {
                        throw Unsupported(node, $"the escape '\\{c}'");
                    }
                    break;
            }
        }
        return b.ToString();
    }
}
