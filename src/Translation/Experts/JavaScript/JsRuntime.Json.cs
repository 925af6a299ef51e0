using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// <c>JSON.stringify</c>'s numbers: JavaScript writes 250 where Python's json writes 250.0 (a whole float), and null
/// where Python writes NaN or Infinity, which is not JSON; an instance with a <c>toJSON</c> method is written as what it returns.
/// </summary>
internal static partial class JsRuntime
{
    public const string JsonValue = "js_json_value";

    /// <summary>
    /// <code>
    /// def js_json_value(x):
    ///     if callable(getattr(x, "toJSON", None)): return js_json_value(x.toJSON())
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
            // An instance whose class defines toJSON is written as what toJSON returns.
            new PyIf(PyCall.Of("callable", PyCall.Of("getattr", x, S("toJSON"), PyConstant.None)), [new PyReturn(PyCall.Of(JsonValue, PyCall.Method(x, "toJSON")))], []),
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
