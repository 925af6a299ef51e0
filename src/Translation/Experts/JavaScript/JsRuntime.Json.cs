using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// <c>JSON.stringify</c>'s numbers, the message of a value that may be an error, and padding with a longer pad. JSON.stringify: JavaScript writes 250 where Python's json writes 250.0 (a whole float), and null
/// where Python writes NaN or Infinity, which is not JSON.
/// </summary>
internal static partial class JsRuntime
{
    public const string JsonValue = "js_json_value";
    public const string Message = "js_message";
    public const string Pad = "js_pad";

    /// <summary>
    /// <code>
    /// def js_pad(s, length, pad, start):
    ///     if len(s) &gt;= length or not pad: return s
    ///     fill = (pad * length)[:length - len(s)]
    ///     return fill + s if start else s + fill
    /// </code>
    /// <c>padStart</c>/<c>padEnd</c> with a pad of any length: repeated, then cut to fit.
    /// </summary>
    private static PyFunctionDef JsPad()
    {
        var (s, length, pad, fill) = (N("s"), N("length"), N("pad"), N("fill"));
        return new(Pad, [new("s"), new("length"), new("pad"), new("start")],
        [
            new PyIf(new PyBoolean(new PyCompare(PyCall.Of("len", s), PyCompareOperator.GreaterOrEqual, length), PyBooleanOperator.Or, PyUnary.Not(pad)), [new PyReturn(s)], []),
            new PyAssign([fill], new PySubscript(new PyBinary(pad, PyBinaryOperator.Multiply, length), new PySlice(null, new PyBinary(length, PyBinaryOperator.Subtract, PyCall.Of("len", s))))),
            new PyReturn(new PyConditional(N("start"), new PyBinary(fill, PyBinaryOperator.Add, s), new PyBinary(s, PyBinaryOperator.Add, fill))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_message(v):
    ///     if isinstance(v, dict): return v.get("message")
    ///     if isinstance(v, BaseException) and not hasattr(v, "message"): return str(v)
    ///     return v.message
    /// </code>
    /// <c>v.message</c> of a value whose kind shows only at run time: an error's message is its text.
    /// </summary>
    private static PyFunctionDef JsMessage()
    {
        var v = N("v");
        return new(Message, [new("v")],
        [
            new PyIf(IsInstance(v, "dict"), [new PyReturn(PyCall.Method(v, "get", S("message")))], []),
            new PyIf(new PyBoolean(IsInstance(v, "BaseException"), PyBooleanOperator.And, PyUnary.Not(PyCall.Of("hasattr", v, S("message")))),
                [new PyReturn(PyCall.Of("str", v))], []),
            new PyReturn(new PyMember(v, "message")),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_json_value(x):
    ///     if isinstance(x, float):
    ///         if x != x or x - x != 0: return None
    ///         return int(x) if x.is_integer() and abs(x) &lt; 1e21 else x
    ///     if isinstance(x, dict): return dict((k, js_json_value(v)) for k, v in x.items())
    ///     if isinstance(x, (list, tuple)): return [js_json_value(v) for v in x]
    ///     return x
    /// </code>
    /// </summary>
    private static PyFunctionDef JsJsonValue()
    {
        var (x, k, v) = (N("x"), N("k"), N("v"));
        var notFinite = new PyBoolean(new PyCompare(x, PyCompareOperator.NotEqual, x), PyBooleanOperator.Or,
            new PyCompare(new PyBinary(x, PyBinaryOperator.Subtract, x), PyCompareOperator.NotEqual, new PyNumber("0")));
        var whole = new PyBoolean(PyCall.Method(x, "is_integer"), PyBooleanOperator.And, new PyCompare(PyCall.Of("abs", x), PyCompareOperator.Less, new PyNumber("1e21")));
        return new(JsonValue, [new("x")],
        [
            new PyIf(IsInstance(x, "float"),
            [
                new PyIf(notFinite, [new PyReturn(PyConstant.None)], []),
                new PyReturn(new PyConditional(whole, PyCall.Of("int", x), x)),
            ], []),
            new PyIf(IsInstance(x, "dict"),
                [new PyReturn(PyCall.Of("dict", new PyComprehension(new PyTuple([k, PyCall.Of(JsonValue, v)]), new PyTuple([k, v]), PyCall.Method(x, "items"), Generator: true)))], []),
            new PyIf(PyCall.Of("isinstance", x, new PyTuple([N("list"), N("tuple")])),
                [new PyReturn(new PyComprehension(PyCall.Of(JsonValue, v), v, x))], []),
            new PyReturn(x),
        ]);
    }
}
