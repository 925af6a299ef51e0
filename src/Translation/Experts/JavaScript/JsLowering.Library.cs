using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>console, Math, Object, JSON, Array, String and Number functions; null when <paramref name="owner"/> is none of them.</summary>
    private JsValue? StaticCall(string owner, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        switch (owner)
        {
            case "console":
                return ConsoleCall(method, arguments, node);
            case "Math":
                return MathCall(method, arguments, node);
            case "Object":
                return method switch
                {
                    // In JavaScript's order: integer keys first (js_entries); objects whose keys are all names keep insertion order.
                    "keys" or "values" or "entries" => ObjectEntries(method, Lower(arguments[0])),
                    "fromEntries" => JsValue.Of(ctx.Helper(JsRuntime.FromEntries, Lower(arguments[0]).Py), JsType.Object),
                    "freeze" => Lower(arguments[0]),
                    "assign" when arguments[0].Type == "object" && arguments[0].NamedChildCount == 0 =>
                        JsValue.Of(arguments.Skip(1).Select(a => (PyExpression)PyCall.Of("dict", Lower(a).Py)).Aggregate((l, r) => new PyBinary(l, PyBinaryOperator.BitOr, r)), JsType.Object),
                    _ => throw Unsupported(node, $"Object.{method}"),
                };
            case "JSON":
                ctx.Require("json");
                return method switch
                {
                    "stringify" when arguments.Count == 1 => JsValue.Of(new PyCall(new PyName("json.dumps"), [JsonValue(Lower(arguments[0]))],
                        [new PyKeyword("separators", new PyTuple([new PyString(","), new PyString(":")])), new PyKeyword("ensure_ascii", PyConstant.False)]), JsType.String),
                    "stringify" when arguments.Count == 3 && arguments[1].Type == "null" => JsValue.Of(new PyCall(new PyName("json.dumps"), [JsonValue(Lower(arguments[0]))],
                        [new PyKeyword("indent", Lower(arguments[2]).Py), new PyKeyword("ensure_ascii", PyConstant.False)]), JsType.String),
                    "parse" => JsValue.Of(PyCall.Of("json.loads", Lower(arguments[0]).Py), JsType.Unknown),
                    _ => throw Unsupported(node, $"JSON.{method} with these arguments"),
                };
            case "Array":
                return method switch
                {
                    "isArray" => JsValue.Of(PyCall.Of("isinstance", Lower(arguments[0]).Py, new PyName("list")), JsType.Bool),
                    "of" => JsValue.Of(new PyList(LowerArguments(arguments)), JsType.ArrayOf(null)),
                    "from" => ArrayFrom(arguments, node),
                    _ => throw Unsupported(node, $"Array.{method}"),
                };
            case "String" when method == "fromCharCode":
                var codes = LowerArguments(arguments);
                return codes.Count == 1
                    ? JsValue.Of(PyCall.Of("chr", codes[0]), JsType.String)
                    : JsValue.Of(PyCall.Method(new PyString(string.Empty), "join", PyCall.Of("map", new PyName("chr"), new PyList(codes))), JsType.String);
            case "Number":
                switch (method)
                {
                    case "isInteger":
                        var value = Lower(arguments[0]);
                        return JsValue.Of(value.Type.Kind == JsKind.Int ? PyConstant.True
                            : value.Type.Kind == JsKind.Float ? PyCall.Method(PyCall.Of("float", value.Py), "is_integer")
                            // No conversion: a string, a boolean or undefined is not an integer.
                            : ctx.Helper(JsRuntime.IsInteger, value.Py), JsType.Bool);
                    case "parseInt" or "parseFloat" or "isNaN" or "isFinite":
                        return GlobalFunction(node.ChildByField("function")!.Value.ChildByField("property")!.Value, arguments, node);
                }
                throw Unsupported(node, $"Number.{method}");
            case "Date" when method == "UTC" && arguments.Count >= 1 && arguments.All(a => a.Type != "spread_element"):
                return JsValue.Of(PyCall.Method(DateClass(), "UTC", LowerArguments(arguments).ToArray()), JsType.Int);
            case "process" or "fs" or "Promise" or "Reflect" or "Symbol" or "Date":
                throw Unsupported(node, $"{owner}.{method}");
            default:
                return null;
        }
    }

    private JsValue ConsoleCall(string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        if (method is not ("log" or "error" or "info" or "warn" or "debug"))
        {
            throw Unsupported(node, $"console.{method}");
        }
        var values = arguments.Select(a => a.Type == "spread_element" ? throw Unsupported(a, "a spread argument to console.log") : LowerForText(a)).ToList();
        List<PyKeyword> keywords = [];
        if (method is "error" or "warn")
        {
            ctx.Require("sys");
            keywords.Add(new PyKeyword("file", new PyName("sys.stderr")));
        }
        if (values.All(v => v.Type.PrintsAsIs))
        {
            return JsValue.Of(new PyCall(new PyName("print"), values.Select(v => v.Py).ToList(), keywords), JsType.Null);
        }
        // console.log prints 2.0 as 2, true as true, arrays as [ 1, 2 ].
        ctx.Helpers.Add(JsRuntime.Print);
        return JsValue.Of(new PyCall(new PyName(JsRuntime.Print), values.Select(v => v.Py).ToList(), keywords.Count == 0 ? null : throw Unsupported(node, "console.error of non-string values")), JsType.Null);
    }

    private JsValue MathCall(string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        PyExpression M(string name, params PyExpression[] args)
        {
            ctx.Require("math");
            return new PyCall(new PyName("math." + name), args);
        }
        if (method is "max" or "min")
        {
            if (arguments.Count == 0)
            {
                throw Unsupported(node, $"Math.{method}() without arguments");
            }
            if (arguments is [{ Type: "spread_element" } only])
            {
                // Math.max() of nothing is -Infinity (min: Infinity) where Python's max() of an empty list raises.
                var spread = Lower(only.NamedChildren[0]);
                var empty = PyCall.Of("float", new PyString(method == "max" ? "-inf" : "inf"));
                return JsValue.Of(new PyCall(new PyName(method), [spread.Py], [new PyKeyword("default", empty)]), spread.Type.Element is { IsNumber: true } e ? e : JsType.Unknown);
            }
            var values = arguments.Select(a => a.Type == "spread_element" ? null : Lower(a)).ToList();
            var type = values.All(v => v?.Type.Kind == JsKind.Int) ? JsType.Int : JsType.Unknown;
            var lowered = LowerArguments(arguments);
            // A spread among other arguments may be empty: one list keeps max() from reading a lone int as its iterable.
            return JsValue.Of(new PyCall(new PyName(method), values.Contains(null) ? [new PyList(lowered)] : lowered), values.Count == 1 ? values[0]!.Type : type);
        }
        if (method == "random")
        {
            ctx.Require("random");
            return JsValue.Of(PyCall.Of("random.random"), JsType.Float);
        }
        if (arguments.Count == 0)
        {
            throw Unsupported(node, $"Math.{method}()");
        }
        var x = Lower(arguments[0]);
        switch (method)
        {
            case "floor":
                if (arguments[0].Type is "binary_expression" or "parenthesized_expression" && Unparenthesized(arguments[0]) is { Type: "binary_expression" } division
                    && division.ChildByField("operator")!.Value.Text == "/")
                {
                    var a = Lower(division.ChildByField("left")!.Value);
                    var b = Lower(division.ChildByField("right")!.Value);
                    if (a.Type.Kind is JsKind.Int or JsKind.Unknown && b.Type.Kind is JsKind.Int or JsKind.Unknown)
                    {
                        return JsValue.Of(new PyBinary(a.Py, PyBinaryOperator.FloorDivide, b.Py), a.Type.Kind == JsKind.Int && b.Type.Kind == JsKind.Int ? JsType.Int : JsType.Unknown);
                    }
                }
                return x.Type.Kind == JsKind.Int ? x : JsValue.Of(M("floor", x.Py), JsType.Int);
            case "ceil":
                return x.Type.Kind == JsKind.Int ? x : JsValue.Of(M("ceil", x.Py), JsType.Int);
            case "trunc":
                return x.Type.Kind == JsKind.Int ? x : JsValue.Of(M("trunc", x.Py), JsType.Int);
            case "round":
                // JavaScript rounds halves up; Python's round() rounds them to even.
                return x.Type.Kind == JsKind.Int ? x : JsValue.Of(M("floor", new PyBinary(x.Py, PyBinaryOperator.Add, new PyNumber("0.5"))), JsType.Int);
            case "abs":
                return JsValue.Of(PyCall.Of("abs", x.Py), x.Type);
            case "pow":
                return Power(x, Lower(arguments[1]));
            case "imul":
                return Imul(x, Lower(arguments[1]));
            case "clz32":
                return Clz32(x);
            case "sqrt" or "log" or "log2" or "log10" or "exp" or "sin" or "cos" or "tan" or "asin" or "acos" or "atan" or "atan2" or "hypot" or "log1p" or "expm1" or "cbrt":
                if (method == "cbrt")
                {
                    return JsValue.Of(M("copysign", new PyBinary(PyCall.Of("abs", x.Py), PyBinaryOperator.Power, new PyBinary(new PyNumber("1"), PyBinaryOperator.Divide, new PyNumber("3"))), x.Py), JsType.Float);
                }
                return JsValue.Of(M(method, LowerArguments(arguments).ToArray()), JsType.Float);
            case "sign":
                var positive = new PyCompare(x.Py, PyCompareOperator.Greater, new PyNumber("0"));
                var negative = new PyCompare(x.Py, PyCompareOperator.Less, new PyNumber("0"));
                return JsValue.Of(IsPure(x.Py) ? new PyBinary(PyCall.Of("int", positive), PyBinaryOperator.Subtract, PyCall.Of("int", negative)) : ctx.Helper(JsRuntime.Sign, x.Py), JsType.Int);
            default:
                throw Unsupported(node, $"Math.{method}");
        }
    }

    /// <summary>
    /// <c>a ** b</c> and Math.pow: Python's <c>**</c> where the exponent is a whole literal of at least 0 (it
    /// cannot give a complex number) and an int base or a small exponent (a float cannot overflow), <c>js_pow</c> otherwise (Infinity and NaN where Python would raise or
    /// give a complex number).
    /// </summary>
    private JsValue Power(JsValue x, JsValue exponent)
    {
        if (exponent.Py is PyNumber { Text: var text } && text.All(char.IsAsciiDigit) && (x.Type.Kind == JsKind.Int || text.Length == 1 && text[0] <= '4'))
        {
            return JsValue.Of(new PyBinary(x.Py, PyBinaryOperator.Power, exponent.Py), x.Type.Kind == JsKind.Int ? JsType.Int : x.Type.Kind == JsKind.Unknown ? JsType.Unknown : JsType.Float);
        }
        return JsValue.Of(ctx.Helper(JsRuntime.Power, x.Py, exponent.Py), JsType.Float);
    }

    /// <summary>A value for json.dumps: as it is when its kind has no float inside, else through <c>js_json_value</c>.</summary>
    private PyExpression JsonValue(JsValue value) =>
        value.Type.Kind is JsKind.String or JsKind.Int or JsKind.Bool || value.Type.Kind == JsKind.Array && value.Type.Element?.Kind is JsKind.String or JsKind.Int
            ? value.Py
            : ctx.Helper(JsRuntime.JsonValue, value.Py);

    /// <summary>
    /// Object.keys, values and entries: plain <c>list(o)</c>, <c>list(o.values())</c>, <c>list(o.items())</c> where
    /// the program never indexes an object by a computed key; otherwise through <c>js_entries</c>, which puts
    /// integer keys first as JavaScript does.
    /// </summary>
    private JsValue ObjectEntries(string method, JsValue o)
    {
        if (!ctx.Facts.ComputedKeys)
        {
            return method switch
            {
                "keys" => JsValue.Of(PyCall.Of("list", o.Py), JsType.ArrayOf(JsType.String)),
                "values" => JsValue.Of(PyCall.Of("list", PyCall.Method(o.Py, "values")), JsType.ArrayOf(null)),
                _ => JsValue.Of(PyCall.Of("list", PyCall.Method(o.Py, "items")), JsType.ArrayOf(JsType.ArrayOf(null))),
            };
        }
        var entries = ctx.Helper(JsRuntime.Entries, o.Py);
        var (k, v) = (new PyName("k"), new PyName("v"));
        return method switch
        {
            "keys" => JsValue.Of(new PyComprehension(k, new PyTuple([k, new PyName("_")]), entries), JsType.ArrayOf(JsType.Unknown)),
            "values" => JsValue.Of(new PyComprehension(v, new PyTuple([new PyName("_"), v]), entries), JsType.ArrayOf(null)),
            _ => JsValue.Of(entries, JsType.ArrayOf(JsType.ArrayOf(null))),
        };
    }

    private static SyntaxNode Unparenthesized(SyntaxNode node) =>
        node.Type == "parenthesized_expression" ? Unparenthesized(node.NamedChildren[0]) : node;

    private JsValue ArrayFrom(List<SyntaxNode> arguments, SyntaxNode node)
    {
        var source = arguments[0];
        if (source.Type == "object" && source.NamedChildren is [{ Type: "pair" } pair] && pair.ChildByField("key")?.Text == "length")
        {
            var length = Length(Lower(pair.ChildByField("value")!.Value));
            if (arguments.Count == 1)
            {
                return JsValue.Of(new PyBinary(new PyList([PyConstant.None]), PyBinaryOperator.Multiply, length), JsType.ArrayOf(JsType.Null));
            }
            return Generate(length, arguments[1], node);
        }
        var items = Lower(source);
        var list = Listed(items);
        var element = items.Type.Kind == JsKind.String ? JsType.String : items.Type.Element ?? JsType.Unknown;
        if (arguments.Count == 1)
        {
            return JsValue.Of(list, JsType.ArrayOf(element));
        }
        return MapCallback(JsValue.Of(list, JsType.ArrayOf(element)), arguments[1]);
    }

    /// <summary>An array's length as Python's range() and list repetition take it: an int, also where / gave a whole float.</summary>
    private PyExpression Length(JsValue length) => length.Type.Kind == JsKind.Int ? length.Py : ctx.Helper(JsRuntime.Index, length.Py);

    /// <summary><c>[f(_, i) for i in range(n)]</c> for Array.from({length: n}, f) and new Array(n).fill().map(f).</summary>
    private JsValue Generate(PyExpression count, SyntaxNode callback, SyntaxNode node)
    {
        if (callback.Type is not ("arrow_function" or "function_expression"))
        {
            throw Unsupported(node, "a generated array with a named callback");
        }
        var parameters = CallbackParameters(callback);
        var index = parameters.Count > 1 ? parameters[1] : "_";
        if (AsLambda(callback, [JsType.Null, JsType.Int]) is not { } lambda)
        {
            // A callback of several statements: a def called with undefined and each index.
            _callbackTypes = [JsType.Null, JsType.Int];
            var function = LowerFunctionValue(callback);
            _callbackTypes = null;
            var i = new PyName("i");
            return JsValue.Of(new PyComprehension(new PyCall(function.Py, [PyConstant.None, i]), i, PyCall.Of("range", count)), JsType.ArrayOf(null));
        }
        if (parameters.Count > 0 && parameters[0] != "_" && Mentions(lambda.Body, JsContext.SafeName(parameters[0])))
        {
            throw Unsupported(callback, "a generator callback that reads its (undefined) element");
        }
        var body = lambda.Body;
        return JsValue.Of(new PyComprehension(body, new PyName(JsContext.SafeName(index)), PyCall.Of("range", count)), JsType.ArrayOf(null));
    }
}
