using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// JavaScript's 32-bit integers and its fixed-point text: <c>js_int32</c> (ToInt32, which every bitwise operator
/// applies to its operands and which <c>x | 0</c> and <c>Math.imul</c> use to wrap) and <c>js_to_fixed</c>
/// (<c>x.toFixed(d)</c>, which rounds the exact binary value half away from zero where Python's format rounds to even).
/// </summary>
internal static partial class JsRuntime
{
    public const string Int32 = "js_int32";
    public const string ToFixed = "js_to_fixed";
    public const string Index = "js_index";
    public const string SetIndex = "js_set_index";

    /// <summary>
    /// <code>
    /// def js_index(i):
    ///     return int(i) if isinstance(i, float) and i.is_integer() else i
    /// </code>
    /// A whole float indexes as the int it is; a fraction still fails in Python (JavaScript reads undefined there).
    /// </summary>
    private static PyFunctionDef JsIndex()
    {
        var i = N("i");
        return new(Index, [new("i")],
            [new PyReturn(new PyConditional(new PyBoolean(IsInstance(i, "float"), PyBooleanOperator.And, PyCall.Method(i, "is_integer")), PyCall.Of("int", i), i))]);
    }

    /// <summary>
    /// <code>
    /// def js_set_index(a, i, v):
    ///     if i >= len(a): a.extend([None] * (i + 1 - len(a)))
    ///     a[i] = v
    /// </code>
    /// An array written past its end grows, the holes reading as undefined, as JavaScript's does.
    /// </summary>
    private static PyFunctionDef JsSetIndex()
    {
        var (a, i) = (N("a"), N("i"));
        var missing = new PyBinary(new PyBinary(i, PyBinaryOperator.Add, new PyNumber("1")), PyBinaryOperator.Subtract, PyCall.Of("len", a));
        return new(SetIndex, [new("a"), new("i"), new("v")],
        [
            new PyIf(new PyCompare(i, PyCompareOperator.GreaterOrEqual, PyCall.Of("len", a)),
                [new PyExpressionStatement(PyCall.Method(a, "extend", new PyBinary(new PyList([PyConstant.None]), PyBinaryOperator.Multiply, missing)))], []),
            new PyAssign([new PySubscript(a, i)], N("v")),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_int32(v):
    ///     if isinstance(v, float): v = int(v) if v - v == 0 else 0
    ///     return ((v + 0x80000000) &amp; 0xFFFFFFFF) - 0x80000000
    /// </code>
    /// NaN and the infinities are 0, as in JavaScript (<c>v - v</c> is NaN for both).
    /// </summary>
    private static PyFunctionDef JsInt32()
    {
        var v = N("v");
        var finite = new PyCompare(new PyBinary(v, PyBinaryOperator.Subtract, v), PyCompareOperator.Equal, new PyNumber("0"));
        var wrapped = new PyBinary(new PyBinary(new PyBinary(v, PyBinaryOperator.Add, new PyNumber("0x80000000")), PyBinaryOperator.BitAnd, new PyNumber("0xFFFFFFFF")),
            PyBinaryOperator.Subtract, new PyNumber("0x80000000"));
        return new(Int32, [new("v")],
        [
            new PyIf(IsInstance(v, "float"), [new PyAssign([v], new PyConditional(finite, PyCall.Of("int", v), new PyNumber("0")))], []),
            new PyReturn(wrapped),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_to_fixed(x, digits=0):
    ///     if x != x: return "NaN"
    ///     if abs(x) &gt;= 1e21: return js_str(x)
    ///     exact = decimal.Decimal(x if x != 0 else 0)
    ///     step = decimal.Decimal(1).scaleb(-digits)
    ///     return format(exact.quantize(step, rounding=decimal.ROUND_HALF_UP, context=decimal.Context(prec=400)), "f")
    /// </code>
    /// The exact value of the double is rounded (<c>(1.005).toFixed(2)</c> is "1.00", <c>(0.125).toFixed(2)</c> "0.13"),
    /// a negative number keeps its sign even when it rounds to zero, as JavaScript's does, and -0 prints "0.00". Needs
    /// <c>import decimal</c>.
    /// </summary>
    private static PyFunctionDef JsToFixed()
    {
        var (x, exact, step) = (N("x"), N("exact"), N("step"));
        var zero = new PyNumber("0");
        var quantized = new PyCall(new PyMember(exact, "quantize"), [step],
        [
            new PyKeyword("rounding", N("decimal.ROUND_HALF_UP")),
            new PyKeyword("context", new PyCall(N("decimal.Context"), [], [new PyKeyword("prec", new PyNumber("400"))])),
        ]);
        return new(ToFixed, [new("x"), new("digits", zero)],
        [
            new PyIf(new PyCompare(x, PyCompareOperator.NotEqual, x), [new PyReturn(S("NaN"))], []),
            new PyIf(new PyCompare(PyCall.Of("abs", x), PyCompareOperator.GreaterOrEqual, new PyNumber("1e21")), [new PyReturn(PyCall.Of(Str, x))], []),
            new PyAssign([exact], PyCall.Of("decimal.Decimal", new PyConditional(new PyCompare(x, PyCompareOperator.NotEqual, zero), x, zero))),
            new PyAssign([step], PyCall.Method(PyCall.Of("decimal.Decimal", new PyNumber("1")), "scaleb", new PyUnary(PyUnaryOperator.Negate, N("digits")))),
            new PyReturn(PyCall.Of("format", quantized, S("f"))),
        ]);
    }
}
