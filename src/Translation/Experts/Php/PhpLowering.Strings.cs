using System.Globalization;
using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Strings: PHP's escapes, interpolation (<c>"$x {$a['k']}"</c>) and <c>.</c> become f-strings; a value that is
/// not known to be a string or an int is converted with <c>php_str</c> (true is "1", floats print with 14 digits).
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerStringLiteral(SyntaxNode node)
    {
        if (node.Type is "heredoc" or "nowdoc")
        {
            return new Lowered(Concatenate(HeredocParts(node)), PhpType.String);
        }
        var text = node.Text;
        if (node.Type == "string" && text.StartsWith('\''))
        {
            return new Lowered(new PyString(SingleQuoted(text[1..^1])), PhpType.String);
        }
        return new Lowered(Concatenate(StringParts(node)), PhpType.String);
    }

    /// <summary>The literal pieces and interpolated values of a double-quoted string, in order.</summary>
    private List<Lowered> StringParts(SyntaxNode node)
    {
        var parts = new List<Lowered>();
        foreach (var child in node.Children)
        {
            switch (child.Type)
            {
                case "\"" or "{" or "}" or "$":
                    break;
                case "string_content" or "string_value":
                    parts.Add(new Lowered(new PyString(DoubleQuoted(child.Text)), PhpType.String));
                    break;
                case "escape_sequence":
                    parts.Add(new Lowered(new PyString(DoubleQuoted(child.Text)), PhpType.String));
                    break;
                default:
                    if (child.IsNamed)
                    {
                        parts.Add(LowerInterpolated(child));
                    }
                    break;
            }
        }
        return parts;
    }

    /// <summary>A value interpolated into a string: <c>"$a[key]"</c> (an unquoted key) reads the key <c>'key'</c>.</summary>
    private Lowered LowerInterpolated(SyntaxNode child) =>
        child.Type == "subscript_expression" && child.NamedChildCount == 2 && child.NamedChildren[1].Type == "name"
            ? new Lowered(new PySubscript(LowerExpression(child.NamedChildren[0]).Expression, new PyString(child.NamedChildren[1].Text)), PhpType.Unknown)
            : LowerExpression(child);

    private static string SingleQuoted(string body)
    {
        var b = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length && body[i + 1] is '\\' or '\'')
            {
                i++;
            }
            b.Append(body[i]);
        }
        return b.ToString();
    }

    /// <summary>The text of a double-quoted string (or of a heredoc, where <c>\"</c> is no escape).</summary>
    private static string DoubleQuoted(string body, bool heredoc = false)
    {
        var b = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                b.Append(body[i]);
                continue;
            }
            var next = body[i + 1];
            switch (next)
            {
                case 'n': b.Append('\n'); i++; break;
                case 't': b.Append('\t'); i++; break;
                case 'r': b.Append('\r'); i++; break;
                case 'v': b.Append('\v'); i++; break;
                case 'e': b.Append('\x1b'); i++; break;
                case 'f': b.Append('\f'); i++; break;
                case '\\' or '$': b.Append(next); i++; break;
                case '"' when !heredoc: b.Append(next); i++; break;
                case 'x' when i + 2 < body.Length && Uri.IsHexDigit(body[i + 2]):
                {
                    var n = i + 3 < body.Length && Uri.IsHexDigit(body[i + 3]) ? 2 : 1;
                    b.Append((char)int.Parse(body.AsSpan(i + 2, n), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 1 + n;
                    break;
                }
                case 'u' when i + 2 < body.Length && body[i + 2] == '{' && body.IndexOf('}', i) is var close and > 0:
                    b.Append(char.ConvertFromUtf32(int.Parse(body.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i = close;
                    break;
                case >= '0' and <= '7':
                {
                    var n = 1;
                    while (n < 3 && i + 1 + n < body.Length && body[i + 1 + n] is >= '0' and <= '7')
                    {
                        n++;
                    }
                    b.Append((char)(Convert.ToInt32(body.Substring(i + 1, n), 8) & 0xFF));
                    i += n;
                    break;
                }
                default:
                    b.Append('\\');
                    break;
            }
        }
        return b.ToString();
    }

    private List<Lowered> ConcatParts(SyntaxNode node)
    {
        node = Unwrap(node);
        if (node.Type == "binary_expression" && node.ChildByField("operator")?.Text == ".")
        {
            return [.. ConcatParts(Field(node, "left")), .. ConcatParts(Field(node, "right"))];
        }
        if (node.Type == "encapsed_string")
        {
            return StringParts(node);
        }
        return [LowerExpression(node)];
    }

    /// <summary>The value as PHP converts it to a string.</summary>
    private PyExpression ToStr(Lowered value) => value.Type switch
    {
        PhpType.String => value.Expression,
        PhpType.Int when value.Expression is PyNumber n && !n.Text.StartsWith('0') => new PyString(n.Text),
        PhpType.Int => PyCall.Of("str", value.Expression),
        _ => Helper("php_str", value.Expression),
    };

    /// <summary>PHP's <c>.</c> over <paramref name="parts"/>: an f-string, or <c>+</c> of strings when that reads better.</summary>
    private PyExpression Concatenate(IReadOnlyList<Lowered> parts)
    {
        var merged = new List<Lowered>();
        foreach (var part in parts)
        {
            if (part.Expression is PyString s && merged.Count > 0 && merged[^1].Expression is PyString previous)
            {
                merged[^1] = new Lowered(new PyString(previous.Value + s.Value), PhpType.String);
            }
            else
            {
                merged.Add(part);
            }
        }
        if (merged.Count == 0)
        {
            return new PyString("");
        }
        if (merged.Count == 1)
        {
            return ToStr(merged[0]);
        }
        if (merged.All(p => p.Type == PhpType.String && p.Expression is not PyString) || !merged.Any(p => p.Expression is not PyString))
        {
            return merged.Select(p => p.Expression).Aggregate((a, b) => new PyBinary(a, PyBinaryOperator.Add, b));
        }
        return FormattedString(merged) ?? merged.Select(ToStr).Aggregate((a, b) => new PyBinary(a, PyBinaryOperator.Add, b));
    }

    /// <summary>
    /// An f-string, printed here because the syntax model has none; null where Python 3.8-3.11 could not hold an
    /// expression inside one (a backslash, a brace, or both kinds of quote).
    /// </summary>
    private PyExpression? FormattedString(IReadOnlyList<Lowered> parts)
    {
        // Inside an f-string an int formats as str() would.
        var expressions = parts.Where(p => p.Expression is not PyString).Select(p => PythonExpressionPrinter.Print(p.Type == PhpType.Int ? p.Expression : ToStr(p))).ToList();
        if (expressions.Any(e => e.Contains('\\', StringComparison.Ordinal) || e.Contains('{', StringComparison.Ordinal) || e.Contains('}', StringComparison.Ordinal) || e.Contains('\n', StringComparison.Ordinal)))
        {
            return null;
        }
        var doubleInside = expressions.Any(e => e.Contains('"', StringComparison.Ordinal));
        if (doubleInside && expressions.Any(e => e.Contains('\'', StringComparison.Ordinal)))
        {
            return null;
        }
        var quote = doubleInside ? '\'' : '"';
        var b = new StringBuilder("f").Append(quote);
        var next = 0;
        foreach (var part in parts)
        {
            if (part.Expression is PyString s)
            {
                foreach (var ch in s.Value)
                {
                    b.Append(ch switch
                    {
                        '\\' => "\\\\",
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        '{' => "{{",
                        '}' => "}}",
                        _ when ch == quote => "\\" + ch,
                        _ when char.IsControl(ch) => "\\x" + ((int)ch).ToString("x2", CultureInfo.InvariantCulture),
                        _ => ch.ToString(),
                    });
                }
            }
            else
            {
                var e = expressions[next++];
                b.Append('{').Append(e.StartsWith('{') ? " " + e : e).Append('}');
            }
        }
        return new PyName(b.Append(quote).ToString());
    }

    /// <summary>
    /// PHP's <c>echo a, b, c</c> prints each argument before it evaluates the next, so the text before a call that
    /// throws or prints is already out: an argument that may act when evaluated starts a print of its own, and the
    /// plain values after it share that print.
    /// </summary>
    private IReadOnlyList<PyStatement> LowerEcho(IReadOnlyList<SyntaxNode> arguments)
    {
        var groups = new List<List<SyntaxNode>>();
        foreach (var argument in arguments)
        {
            if (groups.Count == 0 || MayActWhenEvaluated(argument))
            {
                groups.Add([]);
            }
            groups[^1].Add(argument);
        }
        return groups.Count == 0 ? [Print(new List<Lowered>())] : groups.Select(g => Print(g.SelectMany(ConcatParts).ToList())).ToArray();
    }

    /// <summary>Library functions that neither print nor throw on the values a program passes them.</summary>
    private static readonly HashSet<string> QuietFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "count", "strlen", "mb_strlen", "implode", "join", "str_repeat", "str_pad", "number_format", "strtoupper", "strtolower",
        "ucfirst", "ucwords", "lcfirst", "trim", "ltrim", "rtrim", "round", "abs", "floor", "ceil", "array_sum", "gmdate", "date",
        "json_encode", "is_null", "is_array", "is_int", "is_string", "in_array", "array_keys", "array_values", "strrev", "substr",
        "str_replace", "dechex", "decbin", "var_export", "print_r", "gettype", "get_class", "spl_object_id",
    };

    /// <summary>Whether evaluating an echo argument may throw or print: it calls the program's code or a library function not known to be quiet.</summary>
    private bool MayActWhenEvaluated(SyntaxNode argument) => AllNodes(argument).Any(n => n.Type switch
    {
        "function_call_expression" => n.ChildByField("function") is not { Type: "name" } f || _functions.ContainsKey(f.Text) || !QuietFunctions.Contains(f.Text)
            || f.Text.ToLowerInvariant() is "print_r" or "var_export" && n.ChildByField("arguments") is { } list && Named(list).Count() < 2,
        "member_call_expression" or "nullsafe_member_call_expression" or "scoped_call_expression" or "object_creation_expression"
            or "include_expression" or "require_expression" or "include_once_expression" or "require_once_expression" or "throw_expression"
            or "print_intrinsic" or "exit_statement" => true,
        "binary_expression" => n.ChildByField("operator")?.Text is "/" or "%",
        _ => false,
    });

    /// <summary><c>print(..., end="")</c> (echo adds no newline), or a plain <c>print</c> when the text ends with one.</summary>
    private PyStatement Print(List<Lowered> parts)
    {
        var newline = false;
        if (parts.Count > 0 && parts[^1].Expression is PyString { Value: var last } && last.EndsWith('\n'))
        {
            newline = true;
            parts[^1] = new Lowered(new PyString(last[..^1]), PhpType.String);
            if (last.Length == 1)
            {
                parts.RemoveAt(parts.Count - 1);
            }
        }
        // print() converts an int as PHP does; anything else goes through PHP's string conversion.
        var args = parts.Count == 0 ? [] : parts is [{ Type: PhpType.Int } only] ? [only.Expression] : new[] { Concatenate(parts) };
        return new PyExpressionStatement(newline
            ? new PyCall(new PyName("print"), args)
            : new PyCall(new PyName("print"), args, [new PyKeyword("end", new PyString(""))]));
    }

    private PyStatement Print(IReadOnlyList<PyExpression> values) =>
        Print(values.Select(v => new Lowered(v, v is PyString ? PhpType.String : PhpType.Unknown)).ToList());
}
