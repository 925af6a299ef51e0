using System.Globalization;
using System.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private JsValue Lower(SyntaxNode node)
    {
        if (_lowered is { } lowered && lowered.Node == node)
        {
            return lowered.Value;
        }
        switch (node.Type)
        {
            case "number":
                return Number(node.Text);
            case "string":
                return JsValue.Of(new PyString(Unescape(node.Text[1..^1])), JsType.String);
            case "template_string":
                return Template(node);
            case "true":
                return JsValue.Of(PyConstant.True, JsType.Bool);
            case "false":
                return JsValue.Of(PyConstant.False, JsType.Bool);
            case "null":
            case "undefined":
                return JsValue.Of(PyConstant.None, JsType.Null);
            case "identifier":
                return Identifier(node);
            case "this":
                return JsValue.Of(new PyName("self"), ctx.Class is { } c ? JsType.InstanceOf(c) : JsType.Unknown);
            case "parenthesized_expression":
                return Lower(node.NamedChildren.First(c => c.Type != "comment"));
            case "binary_expression":
                return LowerBinary(node);
            case "unary_expression":
                return LowerUnary(node);
            case "update_expression":
                return LowerUpdateValue(node);
            case "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } left:
                var assigned = Lower(node.ChildByField("right")!.Value);
                ctx.Assign(left.Text, assigned.Type);
                return JsValue.Of(new PyNamedExpression(JsContext.SafeName(left.Text), assigned.Py), assigned.Type);
            case "assignment_expression" when ctx.Before is { } before && AssignedFirst(node):
                // let t = (this.#state = next): the assignment is a statement of its own before, and its target is read back.
                before.AddRange(LowerExpressionStatement(node));
                return Lower(node.ChildByField("left")!.Value);
            case "augmented_assignment_expression" when node.ChildByField("operator")?.Text is "||=" or "??="
                && node.ChildByField("left") is { Type: "subscript_expression" or "member_expression" } slot
                && Lower(node.ChildByField("right")!.Value) is { Py: PyList or PyDict, Type: var fresh }
                && LowerTarget(slot) is PySubscript { Value: var table, Index: var key } && Lower(slot.ChildByField("object")!.Value).Type.Kind is JsKind.Object or JsKind.Unknown:
                // (groups[k] ||= []).push(x): a missing key gets a new container, which is truthy from then on.
                return JsValue.Of(PyCall.Method(table, "setdefault", key, Lower(node.ChildByField("right")!.Value).Py), fresh);
            case "augmented_assignment_expression" when node.ChildByField("left") is { Type: "identifier" } name
                && node.ChildByField("operator")?.Text is { } op && op is not ("||=" or "&&=" or "??="):
                // let t = (a += k): the new value, named.
                var combined = Binary(op[..^1], Lower(name), Lower(node.ChildByField("right")!.Value), node);
                ctx.Assign(name.Text, combined.Type);
                return JsValue.Of(new PyNamedExpression(JsContext.SafeName(name.Text), combined.Py), combined.Type);
            case "augmented_assignment_expression" when node.ChildByField("left") is { Type: "member_expression" or "subscript_expression" } slot
                && node.ChildByField("operator")?.Text is "+=" or "-=":
                return LowerUpdateValue(node, slot);
            case "ternary_expression":
                var a = Lower(node.ChildByField("consequence")!.Value);
                var b = Lower(node.ChildByField("alternative")!.Value);
                return JsValue.Of(new PyConditional(Condition(node.ChildByField("condition")!.Value), a.Py, b.Py), JsType.Join(a.Type, b.Type));
            case "member_expression":
                return LowerMember(node);
            case "subscript_expression":
                return LowerSubscript(node);
            case "call_expression":
                return LowerCall(node);
            case "new_expression":
                return LowerNew(node);
            case "array":
                return LowerArray(node);
            case "object":
                return LowerObject(node);
            case "arrow_function":
            case "function_expression":
            case "function":
                return LowerFunctionValue(node);
            case "await_expression":
                throw Unsupported(node, "await");
            case "regex":
                return LowerRegexValue(node);
            default:
                throw Unsupported(node, $"'{node.Type}'");
        }
    }

    private static JsValue Number(string text)
    {
        text = text.Replace("_", string.Empty, StringComparison.Ordinal).TrimEnd('n');
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0b", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0o", StringComparison.OrdinalIgnoreCase))
        {
            return JsValue.Of(new PyNumber(text.ToLowerInvariant()), JsType.Int);
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return JsValue.Of(PyNumber.Of(whole), JsType.Int);
        }
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value == Math.Floor(value) && Math.Abs(value) < 9007199254740992d)
        {
            // 1e9 and 5.0 are integers in JavaScript's eyes: keep them Python ints so indices and ranges accept them.
            return JsValue.Of(PyNumber.Of((long)value), JsType.Int);
        }
        var python = text.StartsWith('.') ? "0" + text : text;
        return JsValue.Of(new PyNumber(python), JsType.Float);
    }

    private JsValue Identifier(SyntaxNode node)
    {
        switch (node.Text)
        {
            case "undefined":
                return JsValue.Of(PyConstant.None, JsType.Null);
            case "NaN":
                return JsValue.Of(PyCall.Of("float", new PyString("nan")), JsType.Float);
            case "Infinity":
                return JsValue.Of(PyCall.Of("float", new PyString("inf")), JsType.Float);
            case "Number" when ctx.Lookup(node.Text) is null:
                // Conversion functions passed as values (.map(Number)).
                ctx.Helpers.Add(JsRuntime.ToNumber);
                return JsValue.Of(new PyName(JsRuntime.ToNumber), JsType.Function);
            case "Boolean" when ctx.Lookup(node.Text) is null:
                // .filter(Boolean): JavaScript's truthiness, where empty arrays and objects are true and NaN false.
                ctx.Helpers.Add(JsRuntime.Truthy);
                return JsValue.Of(new PyName(JsRuntime.Truthy), JsType.Function);
            case "parseFloat" when ctx.Lookup(node.Text) is null:
                return JsValue.Of(new PyName("float"), JsType.Function);
            case "String" when ctx.Lookup(node.Text) is null:
                ctx.Helpers.Add(JsRuntime.Str);
                return JsValue.Of(new PyName(JsRuntime.Str), JsType.Function);
            case "parseInt" when ctx.Lookup(node.Text) is null:
                throw Unsupported(node, "parseInt passed as a callback (map passes the index as its radix)");
            case "arguments" when ctx.InFunction && ctx.Lookup("arguments") is null:
                throw Unsupported(node, "the arguments object (use a rest parameter)");
        }
        var type = ctx.Lookup(node.Text) ?? (ctx.Facts.Classes.Contains(node.Text) ? JsType.Function : JsType.Unknown);
        return JsValue.Of(new PyName(JsContext.SafeName(node.Text)), type);
    }

    /// <summary>The text of a JavaScript string literal body, escapes decoded.</summary>
    private static string Unescape(string body)
    {
        var b = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch != '\\' || i + 1 >= body.Length)
            {
                b.Append(ch);
                continue;
            }
            var next = body[++i];
            switch (next)
            {
                case 'n': b.Append('\n'); break;
                case 't': b.Append('\t'); break;
                case 'r': b.Append('\r'); break;
                case 'b': b.Append('\b'); break;
                case 'f': b.Append('\f'); break;
                case 'v': b.Append('\v'); break;
                case '0': b.Append('\0'); break;
                case '\n': break;
                case 'x' when i + 2 < body.Length:
                    b.Append((char)int.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                case 'u' when i + 1 < body.Length && body[i + 1] == '{':
                    var close = body.IndexOf('}', i);
                    b.Append(char.ConvertFromUtf32(int.Parse(body.AsSpan(i + 2, close - i - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i = close;
                    break;
                case 'u' when i + 4 < body.Length:
                    b.Append((char)int.Parse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: b.Append(next); break;
            }
        }
        return b.ToString();
    }

    /// <summary>A template literal as an f-string; interpolations keep JavaScript's number and boolean spelling.</summary>
    private JsValue Template(SyntaxNode node)
    {
        var parts = new List<PyExpression>();
        var text = new StringBuilder();
        var position = node.StartByte + 1;
        foreach (var child in node.NamedChildren.Where(c => c.Type == "template_substitution"))
        {
            text.Append(Unescape(node.Tree.Source.Decode(position, child.StartByte)));
            if (text.Length > 0)
            {
                parts.Add(new PyString(text.ToString()));
                text.Clear();
            }
            parts.Add(Stringify(LowerForText(child.NamedChildren.First(c => c.Type != "comment"))));
            position = child.EndByte;
        }
        text.Append(Unescape(node.Tree.Source.Decode(position, node.EndByte - 1)));
        if (text.Length > 0)
        {
            parts.Add(new PyString(text.ToString()));
        }
        return parts switch
        {
            [] => JsValue.Of(new PyString(string.Empty), JsType.String),
            [PyString only] => JsValue.Of(only, JsType.String),
            _ => JsValue.Of(new PyFormattedString(parts), JsType.String),
        };
    }

    /// <summary>The value as JavaScript's String() spells it: ints and strings as they are, others through js_str.</summary>
    private PyExpression Stringify(JsValue value) =>
        value.Type.Kind == JsKind.String ? value.Py
        : value.Type.Kind == JsKind.Int ? (value.Py is PyNumber n ? new PyString(n.Text) : PyCall.Of("str", value.Py))
        : ctx.Helper(JsRuntime.Str, value.Py);

    /// <summary>
    /// <c>time: this.#clock += 60</c>: Python assigns a property or an element only in a statement, so the helper
    /// that serves <c>this.n++</c> reads, stores and yields the new value; the step is evaluated first, which is
    /// faithful where it cannot change the property (a pure step).
    /// </summary>
    private JsValue LowerUpdateValue(SyntaxNode node, SyntaxNode slot)
    {
        var step = Lower(node.ChildByField("right")!.Value);
        var subtract = node.ChildByField("operator")!.Value.Text == "-=";
        if (!IsPure(step.Py) || subtract && !step.Type.IsNumber)
        {
            throw Unsupported(node, "a compound assignment to a property inside an expression");
        }
        var target = Lower(slot);
        var type = target.Type.IsNumber && step.Type.IsNumber ? JsType.Join(target.Type, step.Type) : target.Type.Kind == JsKind.String ? JsType.String : JsType.Unknown;
        MarkAssigned(slot, type);
        var delta = subtract ? new PyUnary(PyUnaryOperator.Negate, step.Py) : step.Py;
        return LowerTarget(slot) switch
        {
            PyMember m => JsValue.Of(ctx.Helper(JsRuntime.UpdateAttribute, m.Value, new PyString(m.Name), delta, PyConstant.True), type),
            PySubscript s => JsValue.Of(ctx.Helper(JsRuntime.UpdateItem, s.Value, s.Index, delta, PyConstant.True), type),
            _ => throw Unsupported(node, "a compound assignment to this target inside an expression"),
        };
    }

    private JsValue LowerUpdateValue(SyntaxNode node)
    {
        var argument = node.ChildByField("argument")!.Value;
        var increment = node.Children.Any(c => c.Type == "++");
        var prefix = node.Children[0].Type is "++" or "--";
        if (argument.Type != "identifier")
        {
            // Python assigns a property or an element only in a statement: a helper reads, stores and yields the value.
            MarkAssigned(argument, JsType.Int);
            var delta = new PyNumber(increment ? "1" : "-1");
            var position = prefix ? PyConstant.True : PyConstant.False;
            return LowerTarget(argument) switch
            {
                PyMember m => JsValue.Of(ctx.Helper(JsRuntime.UpdateAttribute, m.Value, new PyString(m.Name), delta, position), JsType.Int),
                PySubscript s => JsValue.Of(ctx.Helper(JsRuntime.UpdateItem, s.Value, s.Index, delta, position), JsType.Int),
                _ => throw Unsupported(node, "++/-- on this target inside an expression"),
            };
        }
        var name = JsContext.SafeName(argument.Text);
        ctx.Assign(argument.Text, JsType.Int);
        var op = increment ? PyBinaryOperator.Add : PyBinaryOperator.Subtract;
        var walrus = new PyNamedExpression(name, new PyBinary(new PyName(name), op, new PyNumber("1")));
        // x++ is the old value: the walrus gives the new one, undone by one step.
        return JsValue.Of(prefix ? walrus : new PyBinary(walrus, increment ? PyBinaryOperator.Subtract : PyBinaryOperator.Add, new PyNumber("1")), JsType.Int);
    }

    private JsValue LowerArray(SyntaxNode node)
    {
        var segments = new List<PyExpression>();
        var items = new List<PyExpression>();
        JsType? element = null;
        foreach (var child in node.NamedChildren.Where(c => c.Type != "comment"))
        {
            if (child.Type == "spread_element")
            {
                if (items.Count > 0)
                {
                    segments.Add(new PyList(items.ToList()));
                    items.Clear();
                }
                var spread = Lower(child.NamedChildren[0]);
                segments.Add(Listed(spread));
                element = JsType.Join(element, spread.Type.Kind == JsKind.String ? JsType.String : spread.Type.Element ?? JsType.Unknown);
                continue;
            }
            var value = Lower(child);
            element = JsType.Join(element, value.Type);
            items.Add(value.Py);
        }
        if (items.Count > 0 || segments.Count == 0)
        {
            segments.Add(new PyList(items));
        }
        var result = segments.Aggregate((l, r) => new PyBinary(l, PyBinaryOperator.Add, r));
        return JsValue.Of(result, JsType.ArrayOf(element));
    }

    /// <summary><c>[...x]</c>: a new list of what iterating x yields in JavaScript (a Map's entries as lists, which the program may change).</summary>
    private static PyExpression Listed(JsValue value) =>
        value.Type.Kind == JsKind.Map ? new PyComprehension(PyCall.Of("list", new PyName("e")), new PyName("e"), PyCall.Method(value.Py, "items")) : PyCall.Of("list", value.Py);

    private JsValue LowerObject(SyntaxNode node)
    {
        var entries = new List<PyDictEntry>();
        var merged = new List<PyExpression>();
        // Keys are strings in JavaScript; the translation keeps number keys as ints, so where a literal mixes them
        // ({ 1: '^', '-1': 'v' }) a string key that is an integer's canonical form joins them as an int.
        var numberKeys = node.NamedChildren.Any(c => c.Type == "pair" && c.ChildByField("key")?.Type == "number");
        foreach (var child in node.NamedChildren.Where(c => c.Type != "comment"))
        {
            switch (child.Type)
            {
                case "pair":
                    var key = child.ChildByField("key")!.Value;
                    PyExpression pyKey = key.Type switch
                    {
                        "property_identifier" => new PyString(key.Text),
                        "string" when numberKeys && System.Text.RegularExpressions.Regex.IsMatch(key.Text[1..^1], "^-?(0|[1-9][0-9]{0,14})$") => new PyNumber(key.Text[1..^1]),
                        "string" => new PyString(Unescape(key.Text[1..^1])),
                        "number" => Number(key.Text).Py,
                        "computed_property_name" => Lower(key.NamedChildren[0]).Py,
                        _ => throw Unsupported(key, "this object key"),
                    };
                    entries.Add(new PyDictEntry(pyKey, Lower(child.ChildByField("value")!.Value).Py));
                    break;
                case "shorthand_property_identifier":
                    entries.Add(new PyDictEntry(new PyString(child.Text), Identifier(child).Py));
                    break;
                case "spread_element":
                    if (entries.Count > 0)
                    {
                        merged.Add(new PyDict(entries.ToList()));
                        entries.Clear();
                    }
                    merged.Add(PyCall.Of("dict", Lower(child.NamedChildren[0]).Py));
                    break;
                case "method_definition" when ObjectMethodName(child) is { } methodName:
                    // A method that does not use this is a function kept under its key.
                    entries.Add(new PyDictEntry(new PyString(methodName), LowerFunctionValue(child).Py));
                    break;
                default:
                    throw Unsupported(child, "a method or accessor that uses this, in an object literal");
            }
        }
        if (entries.Count > 0 || merged.Count == 0)
        {
            merged.Add(new PyDict(entries));
        }
        return JsValue.Of(merged.Aggregate((l, r) => new PyBinary(l, PyBinaryOperator.BitOr, r)), JsType.Object);
    }

    /// <summary>The key of a plain method in an object literal that does not read this; null for others (accessors, generators).</summary>
    private static string? ObjectMethodName(SyntaxNode method)
    {
        if (method.Children.Any(c => c.Type is "get" or "set" or "*" or "async") || Descendants(method).Any(d => d.Type is "this" or "super"))
        {
            return null;
        }
        return method.ChildByField("name") switch
        {
            { Type: "property_identifier" } name => name.Text,
            { Type: "string" } name => Unescape(name.Text[1..^1]),
            _ => null,
        };
    }
}
