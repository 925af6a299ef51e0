using System.Text;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Python.Printing;

/// <summary>f-strings: literal parts with their braces doubled, expressions in the holes, and str.format where an expression cannot stand inside the quotes.</summary>
public static partial class PythonExpressionPrinter
{
    private static void WriteFormatted(StringBuilder b, PyFormattedString f)
    {
        var expressions = f.Parts.Where(p => p is not PyString).Select(p =>
        {
            var text = Print(p);
            // A colon or brace at the top of an interpolation would read as a format spec or a nested field.
            return text.Contains(':', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal) || text.Contains('!', StringComparison.Ordinal) ? "(" + text + ")" : text;
        }).ToList();
        var literal = new StringBuilder();
        foreach (var part in f.Parts)
        {
            literal.Append(part is PyString s ? s.Value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) : "{}");
        }
        var quote = expressions.Any(e => e.Contains('"', StringComparison.Ordinal)) ? '\'' : '"';
        var quoted = Quote(literal.ToString(), quote);
        if (expressions.Any(e => e.Contains('\\', StringComparison.Ordinal) || e.Contains(quote, StringComparison.Ordinal) || e.Contains('\n', StringComparison.Ordinal)))
        {
            quoted = Quote(literal.ToString());
            b.Append(quoted).Append(".format(");
            WriteList(b, f.Parts.Where(p => p is not PyString).ToList());
            b.Append(')');
            return;
        }
        // Fill the {} slots of the quoted literal in order; doubled braces are literal text.
        b.Append('f');
        var next = 0;
        for (var i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] == '{' && i + 1 < quoted.Length && quoted[i + 1] == '{')
            {
                b.Append("{{");
                i++;
            }
            else if (quoted[i] == '}' && i + 1 < quoted.Length && quoted[i + 1] == '}')
            {
                b.Append("}}");
                i++;
            }
            else if (quoted[i] == '{')
            {
                b.Append('{').Append(expressions[next++]).Append('}');
                i++;
            }
            else
            {
                b.Append(quoted[i]);
            }
        }
    }
}
