using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private static readonly HashSet<string> ArrayOnly = new(StringComparer.Ordinal)
    {
        "push", "pop", "shift", "unshift", "splice", "map", "filter", "reduce", "reduceRight", "forEach", "some", "every", "find", "findIndex",
        "sort", "reverse", "join", "fill", "flat", "flatMap", "findLast", "findLastIndex", "toSorted", "toReversed",
    };

    /// <summary>Array methods that give a value, which a class of the program may also define (a Matrix's map).</summary>
    private static readonly HashSet<string> ArrayOrInstanceMethods = new(StringComparer.Ordinal)
    {
        "map", "filter", "some", "every", "find", "findIndex", "findLast", "reduce", "join", "flatMap",
    };

    private static readonly HashSet<string> StringOnly = new(StringComparer.Ordinal)
    {
        "charAt", "charCodeAt", "codePointAt", "toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd", "split", "substring",
        "substr", "replace", "replaceAll", "repeat", "startsWith", "endsWith", "padStart", "padEnd", "localeCompare", "match", "search",
    };

    private JsValue MethodCall(SyntaxNode receiverNode, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        // new Array(n).fill(x) and Array(n).fill(x).map(f): sized lists built in one expression.
        if (method == "fill" && SizedArray(receiverNode) is { } size && arguments.Count >= 1)
        {
            var fill = Lower(arguments[0]);
            if (receiverNode.ChildByField("constructor")?.Text == "Float64Array")
            {
                fill = JsValue.Of(fill.Type.Kind == JsKind.Float ? fill.Py : PyCall.Of("float", fill.Py), JsType.Float);
            }
            return fill.Py is PyNumber or PyString or PyConstant || fill.Py is PyUnary { Operand: PyNumber }
                ? JsValue.Of(new PyBinary(new PyList([fill.Py]), PyBinaryOperator.Multiply, size), JsType.ArrayOf(fill.Type))
                : JsValue.Of(new PyComprehension(fill.Py, new PyName("_"), PyCall.Of("range", size)), JsType.ArrayOf(fill.Type));
        }
        if (method == "map" && receiverNode.Type == "call_expression" && receiverNode.ChildByField("function") is { Type: "member_expression" } fillCall
            && fillCall.ChildByField("property")?.Text is "fill" && SizedArray(fillCall.ChildByField("object")!.Value) is { } count && arguments.Count == 1)
        {
            return Generate(count, arguments[0], node);
        }
        if (method is "test" or "exec" && arguments.Count == 1 && AsRegex(receiverNode) is { } pattern)
        {
            return RegexMethod(pattern, method, arguments[0], node);
        }
        var receiver = Lower(receiverNode);
        var kind = receiver.Type.Kind;
        if (method == "next" && arguments.Count == 0 && (kind == JsKind.Iterator || IsCollectionIterator(receiverNode)))
        {
            return JsValue.Of(ctx.Helper(JsRuntime.Next, kind == JsKind.Iterator ? receiver.Py : PyCall.Of("iter", receiver.Py)), JsType.Object);
        }
        if (arguments.Count > 0 && method is "replace" or "replaceAll" or "split" or "match" or "matchAll" or "search" && AsRegex(arguments[0]) is { } regex)
        {
            return RegexStringMethod(receiver, method, regex, arguments, node);
        }
        if (DateMethodCall(receiver, method, arguments, node) is { } dateCall)
        {
            return dateCall;
        }
        if (method is "exec" or "test" && arguments.Count == 1 && kind is JsKind.Unknown or JsKind.MaybeString && !ctx.Facts.ClassMembers.Contains(method))
        {
            // A regex whose kind the lowering does not see (read from an array of rules): js_exec decides at run time.
            ctx.Helpers.Add(JsRuntime.Match);
            var call = ctx.Helper(JsRuntime.Exec, receiver.Py, Lower(arguments[0]).Py);
            return method == "exec" ? JsValue.Of(call, JsType.MatchArray) : JsValue.Of(new PyCompare(call, PyCompareOperator.IsNot, PyConstant.None), JsType.Bool);
        }
        if (kind == JsKind.Unknown && ctx.Facts.ClassMembers.Contains(method) && ArrayOrInstanceMethods.Contains(method))
        {
            // A class of the program has a method named like an array's: which one the value is shows at run time.
            var (isList, owner) = TestedOnce(receiver.Py);
            var asArray = ArrayMethod(JsValue.Of(owner, JsType.ArrayOf(null)), method, arguments, node);
            var asInstance = new PyCall(new PyMember(owner, JsContext.SafeName(method)), LowerArguments(arguments));
            return JsValue.Of(new PyConditional(PyCall.Of("isinstance", isList, new PyName("list")), asArray.Py, asInstance), JsType.Unknown);
        }
        if (kind == JsKind.Instance || kind == JsKind.Function || ctx.Facts.ClassMembers.Contains(method) && kind == JsKind.Unknown)
        {
            // What the program's methods of that name return (joined over its classes).
            return JsValue.Of(new PyCall(new PyMember(receiver.Py, JsContext.SafeName(method)), LowerArguments(arguments)),
                kind != JsKind.Function && ctx.Facts.ClassMembers.Contains(method) ? ctx.Returns.GetValueOrDefault(method, JsType.Unknown) : JsType.Unknown);
        }
        switch (method)
        {
            case "toString":
                if (arguments.Count == 1 && Lower(arguments[0]).Py is PyNumber { Text: "2" or "8" or "16" } radix)
                {
                    return JsValue.Of(PyCall.Of("format", receiver.Py, new PyString(radix.Text switch { "2" => "b", "8" => "o", _ => "x" })), JsType.String);
                }
                if (arguments.Count == 1)
                {
                    return JsValue.Of(ctx.Helper(JsRuntime.Radix, receiver.Py, Lower(arguments[0]).Py), JsType.String);
                }
                return JsValue.Of(Stringify(receiver), JsType.String);
            case "toFixed":
                return JsValue.Of(ToFixed(receiver, arguments.Count == 0 ? new PyNumber("0") : Lower(arguments[0]).Py), JsType.String);
            case "hasOwnProperty":
                return JsValue.Of(new PyCompare(Lower(arguments[0]).Py, PyCompareOperator.In, receiver.Py), JsType.Bool);
            case "includes":
                return JsValue.Of(new PyCompare(Lower(arguments[0]).Py, PyCompareOperator.In, receiver.Py), JsType.Bool);
            case "subarray":
                return Subarray(receiver, arguments, node);
            case "slice":
                var lower = arguments.Count > 0 ? Lower(arguments[0]).Py : null;
                var upper = arguments.Count > 1 ? Lower(arguments[1]).Py : null;
                return JsValue.Of(new PySubscript(receiver.Py, new PySlice(lower is PyNumber { Text: "0" } ? null : lower, upper)), receiver.Type);
            case "at":
                var position = Lower(arguments[0]).Py;
                var element = kind == JsKind.String ? JsType.String : receiver.Type.Element ?? JsType.Unknown;
                if (IsPure(receiver.Py) && Py.Literal(position) is { } at)
                {
                    // Out of range, at() is undefined; Python counts from the end for negative indices as at() does.
                    var inRange = new PyCompare(PyCall.Of("len", receiver.Py), at < 0 ? PyCompareOperator.GreaterOrEqual : PyCompareOperator.Greater, new PyNumber(Math.Abs(at).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    return JsValue.Of(new PyConditional(inRange, new PySubscript(receiver.Py, position), PyConstant.None), element);
                }
                if (Py.Literal(position) is -1 or 0)
                {
                    // Of a value computed here (a filter's result): the last or first element, undefined when there is none.
                    return JsValue.Of(PyCall.Of("next", PyCall.Of(Py.Literal(position) == 0 ? "iter" : "reversed", receiver.Py), PyConstant.None), element);
                }
                return JsValue.Of(new PySubscript(receiver.Py, position), element);
            case "concat":
                var parts = arguments.Select(Lower).Select(a => kind == JsKind.String ? Stringify(a) : a.Type.Kind == JsKind.Array ? a.Py : a.Type.Kind == JsKind.Unknown ? throw Unsupported(node, "concat of a value that may not be an array") : new PyList([a.Py]));
                return JsValue.Of(parts.Aggregate(receiver.Py, (l, r) => new PyBinary(l, PyBinaryOperator.Add, r)), receiver.Type);
            case "indexOf" or "lastIndexOf" when kind == JsKind.String || kind == JsKind.Unknown && arguments.Count == 1 && Lower(arguments[0]).Type.Kind == JsKind.String:
                return JsValue.Of(PyCall.Method(receiver.Py, method == "indexOf" ? "find" : "rfind", LowerArguments(arguments).ToArray()), JsType.Int);
            case "lastIndexOf" when arguments.Count == 1:
                return JsValue.Of(ctx.Helper(JsRuntime.IndexOf, receiver.Py, Lower(arguments[0]).Py, PyConstant.True), JsType.Int);
            case "indexOf" when arguments.Count == 1:
                var item = Lower(arguments[0]);
                if (!IsPure(item.Py) || !IsPure(receiver.Py))
                {
                    // Evaluated once each.
                    return JsValue.Of(ctx.Helper(JsRuntime.IndexOf, receiver.Py, item.Py), JsType.Int);
                }
                return JsValue.Of(new PyConditional(new PyCompare(item.Py, PyCompareOperator.In, receiver.Py), PyCall.Method(receiver.Py, "index", item.Py), new PyNumber("-1")), JsType.Int);
        }
        return kind switch
        {
            JsKind.String => StringMethod(receiver, method, arguments, node),
            JsKind.Map => MapMethod(receiver, method, arguments, node),
            JsKind.Set or JsKind.OrderedSet => SetMethod(receiver, method, arguments, node),
            JsKind.Array => ArrayMethod(receiver, method, arguments, node),
            // A function kept in an object ({ ping: () => 'pong' }); object literals hold no methods that use this.
            JsKind.Object => JsValue.Of(new PyCall(new PySubscript(receiver.Py, new PyString(method)), LowerArguments(arguments)), JsType.Unknown),
            _ when StringOnly.Contains(method) => StringMethod(receiver, method, arguments, node),
            _ when ArrayOnly.Contains(method) => ArrayMethod(receiver, method, arguments, node),
            _ when method is "entries" && arguments.Count == 0 => JsValue.Of(ctx.Helper(JsRuntime.Entries, receiver.Py), JsType.ArrayOf(JsType.ArrayOf(null))),
            _ when method is "get" => JsValue.Of(PyCall.Method(receiver.Py, "get", LowerArguments(arguments).ToArray()), JsType.Unknown),
            _ when method is "has" => JsValue.Of(new PyCompare(Lower(arguments[0]).Py, PyCompareOperator.In, receiver.Py), JsType.Bool),
            // A function an object literal keeps under this key; where a class has the method too, the value decides.
            _ when ctx.Facts.ObjectKeys.Contains(method) => JsValue.Of(new PyCall(ctx.Facts.ClassMembers.Contains(method)
                ? ctx.Helper(JsRuntime.Get, receiver.Py, new PyString(method))
                : new PySubscript(receiver.Py, new PyString(method)), LowerArguments(arguments)), JsType.Unknown),
            _ => JsValue.Of(new PyCall(new PyMember(receiver.Py, JsContext.SafeName(method)), LowerArguments(arguments)), JsType.Unknown),
        };
    }

    /// <summary><c>m.keys()</c>, <c>m.values()</c> or <c>m.entries()</c> of a Map, Set or array: an iterator in JavaScript.</summary>
    private bool IsCollectionIterator(SyntaxNode node) =>
        node.Type == "call_expression" && Arguments(node).Count == 0 && node.ChildByField("function") is { Type: "member_expression" } callee
        && callee.ChildByField("property")?.Text is "keys" or "values" or "entries"
        && Lower(callee.ChildByField("object")!.Value).Type.Kind is JsKind.Map or JsKind.Set or JsKind.OrderedSet or JsKind.Array;

    /// <summary>n for <c>new Array(n)</c> and <c>Array(n)</c>.</summary>
    private PyExpression? SizedArray(SyntaxNode node)
    {
        var isNew = node.Type == "new_expression" && node.ChildByField("constructor")?.Text is "Array" or "Float64Array";
        var isCall = node.Type == "call_expression" && node.ChildByField("function")?.Text == "Array";
        if (!isNew && !isCall || Arguments(node) is not [var size])
        {
            return null;
        }
        return Length(Lower(size));
    }

    private JsValue StringMethod(JsValue s, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var args = arguments.Select(Lower).ToList();
        PyExpression Arg(int i) => args[i].Py;
        var str = JsType.String;
        switch (method)
        {
            case "charAt":
                return JsValue.Of(new PySubscript(s.Py, Arg(0)), str);
            // A computed index may fall outside the string: NaN there, not an error or the last character.
            case "charCodeAt" or "codePointAt" when args.Count == 1 && arguments[0].Type != "number":
                return JsValue.Of(ctx.Helper(JsRuntime.CharCode, s.Py, Arg(0)), JsType.Unknown);
            case "charCodeAt" or "codePointAt":
                return JsValue.Of(PyCall.Of("ord", new PySubscript(s.Py, args.Count == 0 ? new PyNumber("0") : Arg(0))), JsType.Int);
            case "toUpperCase" or "toLocaleUpperCase":
                return JsValue.Of(PyCall.Method(s.Py, "upper"), str);
            case "toLowerCase" or "toLocaleLowerCase":
                return JsValue.Of(PyCall.Method(s.Py, "lower"), str);
            case "trim":
                return JsValue.Of(PyCall.Method(s.Py, "strip"), str);
            case "trimStart":
                return JsValue.Of(PyCall.Method(s.Py, "lstrip"), str);
            case "trimEnd":
                return JsValue.Of(PyCall.Method(s.Py, "rstrip"), str);
            case "split":
                if (arguments.Count == 0)
                {
                    return JsValue.Of(new PyList([s.Py]), JsType.ArrayOf(str));
                }
                if (arguments[0].Type == "regex")
                {
                    throw Unsupported(arguments[0], "split by a regular expression");
                }
                var parts = Arg(0) is PyString { Value: "" } ? PyCall.Of("list", s.Py) : PyCall.Method(s.Py, "split", Arg(0));
                return JsValue.Of(args.Count > 1 ? new PySubscript(parts, new PySlice(null, Arg(1))) : parts, JsType.ArrayOf(str));
            case "substring" when args.Count >= 1:
                return JsValue.Of(new PySubscript(s.Py, new PySlice(Arg(0) is PyNumber { Text: "0" } ? null : Arg(0), args.Count > 1 ? Arg(1) : null)), str);
            case "substr" when args.Count >= 1:
                return JsValue.Of(new PySubscript(s.Py, new PySlice(Arg(0), args.Count > 1 ? new PyBinary(Arg(0), PyBinaryOperator.Add, Arg(1)) : null)), str);
            case "replace" or "replaceAll" when args.Count == 2 && arguments[0].Type != "regex" && args[1].Type.Kind == JsKind.String && !(Arg(1) is PyString r && r.Value.Contains('$', StringComparison.Ordinal)):
                // replace() with a string pattern replaces the first match only.
                return JsValue.Of(method == "replace" ? PyCall.Method(s.Py, "replace", Arg(0), Arg(1), new PyNumber("1")) : PyCall.Method(s.Py, "replace", Arg(0), Arg(1)), str);
            case "repeat":
                return JsValue.Of(new PyBinary(s.Py, PyBinaryOperator.Multiply, Arg(0)), str);
            case "startsWith" or "endsWith":
                return JsValue.Of(PyCall.Method(s.Py, method == "startsWith" ? "startswith" : "endswith", args.Select(a => a.Py).ToArray()), JsType.Bool);
            case "padStart" or "padEnd":
                if (args.Count > 1 && !(Arg(1) is PyString { Value.Length: 1 }))
                {
                    // A longer (or computed) pad repeats and is cut to fit, on the side it pads.
                    return JsValue.Of(ctx.Helper(JsRuntime.Pad, s.Py, Arg(0), Arg(1), method == "padStart" ? PyConstant.True : PyConstant.False), str);
                }
                var padded = PyCall.Method(s.Py, method == "padStart" ? "rjust" : "ljust", args.Count > 1 ? [Arg(0), Arg(1)] : [Arg(0)]);
                return JsValue.Of(padded, str);
            case "localeCompare":
                ctx.Require("unicodedata");
                return JsValue.Of(ctx.Helper(JsRuntime.LocaleCompare, s.Py, Arg(0)), JsType.Int);
            case "normalize" or "valueOf":
                return s;
            default:
                throw Unsupported(node, $"the string method '{method}' with these arguments");
        }
    }

    private JsValue MapMethod(JsValue m, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var args = LowerArguments(arguments);
        return method switch
        {
            "get" => JsValue.Of(PyCall.Method(m.Py, "get", args[0]), JsType.Unknown),
            "has" => JsValue.Of(new PyCompare(args[0], PyCompareOperator.In, m.Py), JsType.Bool),
            "keys" => JsValue.Of(PyCall.Method(m.Py, "keys"), JsType.ArrayOf(null)),
            "values" => JsValue.Of(PyCall.Method(m.Py, "values"), JsType.ArrayOf(null)),
            "entries" => JsValue.Of(PyCall.Method(m.Py, "items"), JsType.ArrayOf(JsType.ArrayOf(null))),
            "set" when args.Count == 2 => JsValue.Of(ctx.Helper(JsRuntime.MapSet, m.Py, args[0], args[1]), m.Type),
            "delete" when args.Count == 1 => JsValue.Of(ctx.Helper(JsRuntime.Delete, m.Py, args[0]), JsType.Bool),
            _ => throw Unsupported(node, $"Map.{method} used as a value"),
        };
    }

    private JsValue SetMethod(JsValue s, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var args = LowerArguments(arguments);
        return method switch
        {
            "has" => JsValue.Of(new PyCompare(args[0], PyCompareOperator.In, s.Py), JsType.Bool),
            "values" or "keys" => JsValue.Of(s.Py, JsType.ArrayOf(null)),
            "add" when args.Count == 1 => JsValue.Of(ctx.Helper(JsRuntime.SetAdd, s.Py, args[0]), s.Type),
            "delete" when args.Count == 1 && s.Type.Kind == JsKind.OrderedSet => JsValue.Of(ctx.Helper(JsRuntime.Delete, s.Py, args[0]), JsType.Bool),
            _ => throw Unsupported(node, $"Set.{method} used as a value"),
        };
    }
}
