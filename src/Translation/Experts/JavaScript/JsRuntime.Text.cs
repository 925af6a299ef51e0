using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Text a value gives where its kind shows only at run time: <c>js_message</c> (an error's message is its text) and
/// <c>js_pad</c> (<c>padStart</c>/<c>padEnd</c> with a pad longer than one character).
/// </summary>
internal static partial class JsRuntime
{
    public const string Message = "js_message";
    public const string Pad = "js_pad";
    public const string CharCode = "js_char_code";

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
    ///     if isinstance(v, BaseException) and not hasattr(v, "message"): return BaseException.__str__(v)
    ///     return v.message
    /// </code>
    /// <c>v.message</c> of a value whose kind shows only at run time: an error's message is its text (read past
    /// any <c>__str__</c> its class defines from a <c>toString</c> that itself reads the message).
    /// </summary>
    private static PyFunctionDef JsMessage()
    {
        var v = N("v");
        return new(Message, [new("v")],
        [
            new PyIf(IsInstance(v, "dict"), [new PyReturn(PyCall.Method(v, "get", S("message")))], []),
            new PyIf(new PyBoolean(IsInstance(v, "BaseException"), PyBooleanOperator.And, PyUnary.Not(PyCall.Of("hasattr", v, S("message")))),
                [new PyReturn(PyCall.Of("BaseException.__str__", v))], []),
            new PyReturn(new PyMember(v, "message")),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_char_code(s, i):
    ///     return ord(s[i]) if 0 &lt;= i &lt; len(s) else float("nan")
    /// </code>
    /// <c>charCodeAt</c> outside the string is NaN; Python would count a negative index from the end.
    /// </summary>
    private static PyFunctionDef JsCharCode()
    {
        var (s, i) = (N("s"), N("i"));
        var inRange = new PyBoolean(new PyCompare(new PyNumber("0"), PyCompareOperator.LessOrEqual, i), PyBooleanOperator.And, new PyCompare(i, PyCompareOperator.Less, PyCall.Of("len", s)));
        return new(CharCode, [new("s"), new("i")],
            [new PyReturn(new PyConditional(inRange, PyCall.Of("ord", new PySubscript(s, i)), PyCall.Of("float", S("nan"))))]);
    }
}
