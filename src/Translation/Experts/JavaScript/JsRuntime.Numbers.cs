using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Number conversions: <c>js_number</c> (JavaScript's Number(): blank is 0, text that is no number NaN, integral
/// values ints so that they index lists) and <c>js_radix</c> (<c>n.toString(base)</c> for any base from 2 to 36).
/// </summary>
internal static partial class JsRuntime
{
    public const string ToNumber = "js_number";
    public const string Radix = "js_radix";
    public const string ParseInt = "js_parse_int";
    public const string ParseFloat = "js_parse_float";
    public const string IsInteger = "js_is_integer";
    public const string Truthy = "js_truthy";
    public const string Power = "js_pow";
    public const string TypeOf = "js_typeof";
    public const string Sign = "js_sign";

    /// <summary><c>def js_sign(x): return int(x &gt; 0) - int(x &lt; 0)</c> (Math.sign of a value read once).</summary>
    private static PyFunctionDef JsSign() =>
        new(Sign, [new("x")],
        [
            new PyReturn(new PyBinary(PyCall.Of("int", new PyCompare(N("x"), PyCompareOperator.Greater, new PyNumber("0"))), PyBinaryOperator.Subtract,
                PyCall.Of("int", new PyCompare(N("x"), PyCompareOperator.Less, new PyNumber("0"))))),
        ]);

    /// <summary>
    /// <c>typeof v</c> of a value whose kind the lowering does not know. None is "undefined" (it stands for null
    /// too, whose typeof is "object": README, "Known differences").
    /// <code>
    /// def js_typeof(v):
    ///     if v is None: return "undefined"
    ///     if isinstance(v, bool): return "boolean"
    ///     if isinstance(v, (int, float)): return "number"
    ///     if isinstance(v, str): return "string"
    ///     return "function" if callable(v) else "object"
    /// </code>
    /// </summary>
    private static PyFunctionDef JsTypeOf()
    {
        var v = N("v");
        return new(TypeOf, [new("v")],
        [
            new PyIf(new PyCompare(v, PyCompareOperator.Is, PyConstant.None), [new PyReturn(S("undefined"))], []),
            new PyIf(IsInstance(v, "bool"), [new PyReturn(S("boolean"))], []),
            new PyIf(PyCall.Of("isinstance", v, new PyTuple([N("int"), N("float")])), [new PyReturn(S("number"))], []),
            new PyIf(IsInstance(v, "str"), [new PyReturn(S("string"))], []),
            new PyReturn(new PyConditional(PyCall.Of("callable", v), S("function"), S("object"))),
        ]);
    }

    /// <summary>
    /// JavaScript's <c>**</c>, which never raises: past the largest double it is Infinity, and a negative base
    /// to a fractional power is NaN where Python gives a complex number.
    /// <code>
    /// def js_pow(a, b):
    ///     try:
    ///         r = a ** b
    ///     except OverflowError:
    ///         return float("inf") if a &gt; 0 or b % 2 == 0 else float("-inf")
    ///     except ZeroDivisionError:
    ///         return float("inf")
    ///     return float("nan") if isinstance(r, complex) else r
    /// </code>
    /// </summary>
    private static PyFunctionDef JsPow()
    {
        var a = N("a");
        var b = N("b");
        var r = N("r");
        var infinity = PyCall.Of("float", S("inf"));
        var even = new PyCompare(new PyBinary(b, PyBinaryOperator.Modulo, new PyNumber("2")), PyCompareOperator.Equal, new PyNumber("0"));
        return new(Power, [new("a"), new("b")],
        [
            new PyTry([new PyAssign([r], new PyBinary(a, PyBinaryOperator.Power, b))],
            [
                new PyExceptHandler(N("OverflowError"), null,
                    [new PyReturn(new PyConditional(new PyBoolean(new PyCompare(a, PyCompareOperator.Greater, new PyNumber("0")), PyBooleanOperator.Or, even), infinity, PyCall.Of("float", S("-inf"))))]),
                new PyExceptHandler(N("ZeroDivisionError"), null, [new PyReturn(infinity)]),
            ], []),
            new PyReturn(new PyConditional(IsInstance(r, "complex"), PyCall.Of("float", S("nan")), r)),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_truthy(v):
    ///     if isinstance(v, float): return v == v and v != 0
    ///     return bool(v) or isinstance(v, (list, dict, set))
    /// </code>
    /// </summary>
    private static PyFunctionDef JsTruthy()
    {
        var v = N("v");
        return new(Truthy, [new("v")],
        [
            new PyIf(IsInstance(v, "float"), [new PyReturn(new PyBoolean(new PyCompare(v, PyCompareOperator.Equal, v), PyBooleanOperator.And, new PyCompare(v, PyCompareOperator.NotEqual, new PyNumber("0"))))], []),
            new PyReturn(new PyBoolean(PyCall.Of("bool", v), PyBooleanOperator.Or, PyCall.Of("isinstance", v, new PyTuple([N("list"), N("dict"), N("set")])))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_number(v):
    ///     if isinstance(v, str):
    ///         if not v.strip(): return 0
    ///         try: v = float(v)
    ///         except ValueError: return float("nan")
    ///     v = float(v)
    ///     return int(v) if v.is_integer() else v
    /// </code>
    /// </summary>
    private static PyFunctionDef JsNumber()
    {
        var v = N("v");
        return new(ToNumber, [new("v")],
        [
            new PyIf(IsInstance(v, "str"),
            [
                new PyIf(PyUnary.Not(PyCall.Method(v, "strip")), [new PyReturn(new PyNumber("0"))], []),
                new PyTry([new PyAssign([v], PyCall.Of("float", v))],
                    [new PyExceptHandler(N("ValueError"), null, [new PyReturn(PyCall.Of("float", S("nan")))])], []),
            ], []),
            new PyAssign([v], PyCall.Of("float", v)),
            new PyReturn(new PyConditional(PyCall.Method(v, "is_integer"), PyCall.Of("int", v), v)),
        ]);
    }

    /// <summary>
    /// <code>
    /// def js_parse_int(s, base=10):
    ///     s = str(s).strip(); sign = -1 if s[:1] == "-" else 1
    ///     if s[:1] in ("+", "-"): s = s[1:]
    ///     digits = ""
    ///     for c in s.lower():
    ///         if c not in "0123456789abcdefghijklmnopqrstuvwxyz"[:base]: break
    ///         digits += c
    ///     return sign * int(digits, base) if digits else float("nan")
    /// </code>
    /// </summary>
    private static PyFunctionDef JsParseInt()
    {
        var (s, c, digits) = (N("s"), N("c"), N("digits"));
        var first = new PySubscript(s, new PySlice(null, new PyNumber("1")));
        return new(ParseInt, [new("s"), new("base", new PyNumber("10"))],
        [
            new PyAssign([s], PyCall.Method(PyCall.Of("str", s), "strip")),
            new PyAssign([N("sign")], new PyConditional(new PyCompare(first, PyCompareOperator.Equal, S("-")), new PyNumber("-1"), new PyNumber("1"))),
            new PyIf(new PyCompare(first, PyCompareOperator.In, new PyTuple([S("+"), S("-")])), [new PyAssign([s], new PySubscript(s, new PySlice(new PyNumber("1"), null)))], []),
            new PyAssign([digits], S(string.Empty)),
            new PyFor(c, PyCall.Method(s, "lower"),
            [
                new PyIf(new PyCompare(c, PyCompareOperator.NotIn, new PySubscript(S("0123456789abcdefghijklmnopqrstuvwxyz"), new PySlice(null, N("base")))), [new PyBreak()], []),
                new PyAugmentedAssign(digits, PyBinaryOperator.Add, c),
            ]),
            new PyReturn(new PyConditional(digits, new PyBinary(N("sign"), PyBinaryOperator.Multiply, PyCall.Of("int", digits, N("base"))), PyCall.Of("float", S("nan")))),
        ]);
    }

    /// <summary>
    /// <c>def js_is_integer(v): return isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer()</c>:
    /// Number.isInteger, which converts nothing.
    /// </summary>
    private static PyFunctionDef JsIsInteger()
    {
        var v = N("v");
        var number = new PyBoolean(PyCall.Of("isinstance", v, new PyTuple([N("int"), N("float")])), PyBooleanOperator.And, PyUnary.Not(IsInstance(v, "bool")));
        return new(IsInteger, [new("v")],
            [new PyReturn(new PyBoolean(number, PyBooleanOperator.And, PyCall.Method(PyCall.Of("float", v), "is_integer")))]);
    }

    /// <summary>
    /// <code>
    /// def js_parse_float(s):
    ///     m = re.match(r"\s*([+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?))", str(s))
    ///     return float(m.group(1).replace("Infinity", "inf")) if m else float("nan")
    /// </code>
    /// The longest number at the start of the text, as JavaScript's parseFloat reads it; NaN when there is none.
    /// The caller imports re.
    /// </summary>
    private static PyFunctionDef JsParseFloat()
    {
        var m = N("m");
        var number = PyCall.Method(PyCall.Method(m, "group", new PyNumber("1")), "replace", S("Infinity"), S("inf"));
        return new(ParseFloat, [new("s")],
        [
            new PyAssign([m], PyCall.Method(N("re"), "match", S(@"\s*([+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?))"), PyCall.Of("str", N("s")))),
            new PyReturn(new PyConditional(m, PyCall.Of("float", number), PyCall.Of("float", S("nan")))),
        ]);
    }

    /// <summary>
    /// <c>def js_radix(n, base)</c>: the digits of an integral n in the base, lower-case as JavaScript prints them, with
    /// its sign; a fraction raises NotImplementedError rather than print other digits.
    /// </summary>
    private static PyFunctionDef JsRadix()
    {
        var (n, rest, digits) = (N("n"), N("rest"), N("digits"));
        var alphabet = S("0123456789abcdefghijklmnopqrstuvwxyz");
        return new(Radix, [new("n"), new("base")],
        [
            new PyIf(new PyCompare(n, PyCompareOperator.NotEqual, PyCall.Of("int", n)),
                [new PyRaise(PyCall.Of("NotImplementedError", S("toString(radix) of a fraction is not translated")))], []),
            new PyAssign([rest], PyCall.Of("abs", PyCall.Of("int", n))),
            new PyAssign([digits], S(string.Empty)),
            new PyWhile(PyConstant.True,
            [
                new PyAssign([digits], new PyBinary(new PySubscript(alphabet, new PyBinary(rest, PyBinaryOperator.Modulo, N("base"))), PyBinaryOperator.Add, digits)),
                new PyAssign([rest], new PyBinary(rest, PyBinaryOperator.FloorDivide, N("base"))),
                new PyIf(new PyCompare(rest, PyCompareOperator.Equal, new PyNumber("0")), [new PyBreak()], []),
            ]),
            new PyReturn(new PyConditional(new PyCompare(n, PyCompareOperator.Less, new PyNumber("0")), new PyBinary(S("-"), PyBinaryOperator.Add, digits), digits)),
        ]);
    }
}
