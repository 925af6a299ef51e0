using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Standard numeric formats of doubles where Python's format spec alone would differ from .NET: NaN and the
/// infinities (Python writes <c>nan</c>/<c>inf</c>; .NET's invariant culture <c>NaN</c>, <c>Infinity</c>,
/// <c>-Infinity</c>, whatever the format), the exponent of <c>E</c> (.NET writes at least three digits), and
/// <c>P</c> (the exact value times 100, then <c>" %"</c>).
/// </summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>cs_num(x, spec)</c>: <c>format(x, spec)</c> with .NET's text for NaN, the infinities and null, and E's three exponent digits.</summary>
    public const string NumberText = "cs_num";

    /// <summary><c>cs_percent(x, digits)</c>: the P format, <c>12.5 %</c>, rounded from the exact value times 100.</summary>
    public const string Percent = "cs_percent";

    /// <summary><c>cs_math(f, x)</c>: a math function of a double with IEEE's results where Python raises: NaN outside its domain (<c>Math.Sqrt(-1)</c>, <c>Math.Acos(2)</c>, <c>Math.Sin(Infinity)</c>), an infinity on overflow (<c>Math.Exp(1000)</c>).</summary>
    public const string MathFunction = "cs_math";

    /// <summary><c>cs_log(f, x)</c>: Math.Log, Log10 or Log2 of one argument: -Infinity at 0, NaN below it.</summary>
    public const string Logarithm = "cs_log";

    /// <summary><c>cs_log_base(a, b)</c>: Math.Log(a, newBase) with .NET's NaN cases (base 1, base 0 or +Infinity unless a is 1).</summary>
    public const string LogarithmBase = "cs_log_base";

    /// <summary><c>cs_pow(x, y)</c>: Math.Pow: infinities for 0 to a negative power and on overflow, NaN for a negative base to a fractional power.</summary>
    public const string Power = "cs_pow";

    /// <summary><c>if isinstance(x, float) and not math.isfinite(x): return "NaN" if x != x else "Infinity" if x > 0 else "-Infinity"</c></summary>
    private static PyIf NonFiniteText(PyExpression x) => new(
        new PyBoolean(Py.Call("isinstance", x, Py.Name("float")), PyBooleanOperator.And, new PyUnary(PyUnaryOperator.Not, Py.Call("math.isfinite", x))),
        [new PyReturn(new PyConditional(Py.Compare(x, PyCompareOperator.NotEqual, x), new PyString("NaN"),
            new PyConditional(Py.Compare(x, PyCompareOperator.Greater, Py.Number(0)), new PyString("Infinity"), new PyString("-Infinity"))))],
        []);

    /// <summary>
    /// <code>
    /// def cs_num(x, spec):
    ///     if x is None: return ""
    ///     (NaN and the infinities, as .NET writes them)
    ///     text = format(x, spec)
    ///     if spec[-1:] in ("E", "e"):
    ///         mantissa, _, exponent = text.rpartition(spec[-1])
    ///         text = mantissa + spec[-1] + exponent[0] + exponent[1:].zfill(3)
    ///     return text
    /// </code>
    /// </summary>
    private static PyFunctionDef NumberTextDefinition()
    {
        var (x, spec, text, exponent) = (Py.Name("x"), Py.Name("spec"), Py.Name("text"), Py.Name("exponent"));
        var letter = new PySubscript(spec, new PyUnary(PyUnaryOperator.Negate, Py.Number(1)));
        return new PyFunctionDef(NumberText, [new("x"), new("spec")],
        [
            new PyIf(Py.Compare(x, PyCompareOperator.Is, PyConstant.None), [new PyReturn(new PyString(string.Empty))], []),
            NonFiniteText(x),
            new PyAssign([text], Py.Call("format", x, spec)),
            new PyIf(Py.Compare(new PySubscript(spec, new PySlice(new PyUnary(PyUnaryOperator.Negate, Py.Number(1)), null)), PyCompareOperator.In, new PyTuple([new PyString("E"), new PyString("e")])),
            [
                new PyAssign([new PyTuple([Py.Name("mantissa"), Py.Name("_"), exponent])], Py.Method(text, "rpartition", letter)),
                new PyAssign([text], Py.Binary(Py.Binary(Py.Binary(Py.Name("mantissa"), PyBinaryOperator.Add, letter), PyBinaryOperator.Add, new PySubscript(exponent, Py.Number(0))),
                    PyBinaryOperator.Add, Py.Method(new PySubscript(exponent, new PySlice(Py.Number(1), null)), "zfill", Py.Number(3)))),
            ], []),
            new PyReturn(text),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_percent(x, digits):
    ///     (NaN and the infinities, as .NET writes them)
    ///     return format(decimal.Decimal(x) * 100, ",." + str(digits) + "f") + " %"
    /// </code>
    /// The exact value times 100: a double's 1.425 is 1.42500000000000004..., so <c>P0</c> shows 143 % as .NET does,
    /// where 1.425 * 100 in floats is 142.4999....
    /// </summary>
    private static PyFunctionDef PercentDefinition()
    {
        var x = Py.Name("x");
        var scaled = Py.Binary(Py.Call("decimal.Decimal", x), PyBinaryOperator.Multiply, Py.Number(100));
        var spec = Py.Binary(Py.Binary(new PyString(",."), PyBinaryOperator.Add, Py.Call("str", Py.Name("digits"))), PyBinaryOperator.Add, new PyString("f"));
        return new PyFunctionDef(Percent, [new("x"), new("digits")],
        [
            NonFiniteText(x),
            new PyReturn(Py.Binary(Py.Call("format", scaled, spec), PyBinaryOperator.Add, new PyString(" %"))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_math(f, x):
    ///     try: return f(x)
    ///     except ValueError: return math.nan
    ///     except OverflowError: return math.copysign(math.inf, x) if f is math.sinh else math.inf
    /// </code>
    /// </summary>
    private static PyFunctionDef MathFunctionDefinition()
    {
        var (f, x) = (Py.Name("f"), Py.Name("x"));
        return new PyFunctionDef(MathFunction, [new("f"), new("x")],
        [
            new PyTry([new PyReturn(new PyCall(f, [x]))],
            [
                new PyExceptHandler(Py.Name("ValueError"), null, [new PyReturn(Py.Name("math.nan"))]),
                new PyExceptHandler(Py.Name("OverflowError"), null, [new PyReturn(new PyConditional(Py.Compare(f, PyCompareOperator.Is, Py.Name("math.sinh")),
                    Py.Call("math.copysign", Py.Name("math.inf"), x), Py.Name("math.inf")))]),
            ], []),
        ]);
    }

    /// <summary><c>def cs_log(f, x): return -math.inf if x == 0 else math.nan if x &lt; 0 else f(x)</c> (NaN gives NaN)</summary>
    private static PyFunctionDef LogarithmDefinition()
    {
        var x = Py.Name("x");
        return new PyFunctionDef(Logarithm, [new("f"), new("x")],
        [
            new PyReturn(new PyConditional(Py.Compare(x, PyCompareOperator.Equal, Py.Number(0)), new PyUnary(PyUnaryOperator.Negate, Py.Name("math.inf")),
                new PyConditional(Py.Compare(x, PyCompareOperator.Less, Py.Number(0)), Py.Name("math.nan"), new PyCall(Py.Name("f"), [x])))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_pow(x, y):
    ///     try: return math.pow(x, y)
    ///     except OverflowError: return -math.inf if x &lt; 0 and y % 2 == 1 else math.inf
    ///     except ValueError:
    ///         if x == 0: return math.copysign(math.inf, x) if y % 2 == 1 else math.inf
    ///         return math.nan
    /// </code>
    /// </summary>
    private static PyFunctionDef PowerDefinition()
    {
        var (x, y) = (Py.Name("x"), Py.Name("y"));
        var odd = Py.Compare(Py.Binary(y, PyBinaryOperator.Modulo, Py.Number(2)), PyCompareOperator.Equal, Py.Number(1));
        return new PyFunctionDef(Power, [new("x"), new("y")],
        [
            new PyTry([new PyReturn(Py.Call("math.pow", x, y))],
            [
                new PyExceptHandler(Py.Name("OverflowError"), null, [new PyReturn(new PyConditional(
                    new PyBoolean(Py.Compare(x, PyCompareOperator.Less, Py.Number(0)), PyBooleanOperator.And, odd),
                    new PyUnary(PyUnaryOperator.Negate, Py.Name("math.inf")), Py.Name("math.inf")))]),
                new PyExceptHandler(Py.Name("ValueError"), null,
                [
                    new PyIf(Py.Compare(x, PyCompareOperator.Equal, Py.Number(0)),
                        [new PyReturn(new PyConditional(odd, Py.Call("math.copysign", Py.Name("math.inf"), x), Py.Name("math.inf")))], []),
                    new PyReturn(Py.Name("math.nan")),
                ]),
            ], []),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_log_base(a, b):
    ///     if a != a or b != b or b == 1 or a != 1 and (b == 0 or b == math.inf): return math.nan
    ///     return cs_log(math.log, a) / cs_log(math.log, b)
    /// </code>
    /// (<c>cs_log</c> of b is 0 only for b = 1, which the first test takes.)
    /// </summary>
    private static PyFunctionDef LogarithmBaseDefinition()
    {
        var (a, b) = (Py.Name("a"), Py.Name("b"));
        PyExpression Or(params PyExpression[] parts) => parts.Aggregate((l, r) => new PyBoolean(l, PyBooleanOperator.Or, r));
        var nan = Or(Py.Compare(a, PyCompareOperator.NotEqual, a), Py.Compare(b, PyCompareOperator.NotEqual, b), Py.Compare(b, PyCompareOperator.Equal, Py.Number(1)),
            new PyBoolean(Py.Compare(a, PyCompareOperator.NotEqual, Py.Number(1)), PyBooleanOperator.And,
                Or(Py.Compare(b, PyCompareOperator.Equal, Py.Number(0)), Py.Compare(b, PyCompareOperator.Equal, Py.Name("math.inf")))));
        return new PyFunctionDef(LogarithmBase, [new("a"), new("b")],
        [
            new PyIf(nan, [new PyReturn(Py.Name("math.nan"))], []),
            new PyReturn(Py.Binary(Py.Call(Logarithm, Py.Name("math.log"), a), PyBinaryOperator.Divide, Py.Call(Logarithm, Py.Name("math.log"), b))),
        ]);
    }
    /// <summary>
    /// <code>
    /// def round_directed(x, digits, mode):
    ///     if type(x).__name__ == "Decimal": return x.quantize(type(x)(1).scaleb(-digits), mode)
    ///     p = 10.0 ** digits
    ///     return {"ROUND_DOWN": math.trunc, "ROUND_FLOOR": math.floor, "ROUND_CEILING": math.ceil}[mode](x * p) / p
    /// </code>
    /// </summary>
    private static PyFunctionDef RoundDirectedDefinition()
    {
        var (x, digits, mode) = (Py.Name("x"), Py.Name("digits"), Py.Name("mode"));
        var functions = new PyDict([
            new PyDictEntry(new PyString("ROUND_DOWN"), Py.Name("math.trunc")),
            new PyDictEntry(new PyString("ROUND_FLOOR"), Py.Name("math.floor")),
            new PyDictEntry(new PyString("ROUND_CEILING"), Py.Name("math.ceil")),
        ]);
        var p = Py.Binary(new PyNumber("10.0"), PyBinaryOperator.Power, digits);
        return new PyFunctionDef(RoundDirected, [new("x"), new("digits"), new("mode")],
        [
            new PyIf(Py.Compare(new PyMember(Py.Call("type", x), "__name__"), PyCompareOperator.Equal, new PyString("Decimal")),
                [new PyReturn(Py.Method(x, "quantize", Py.Method(new PyCall(Py.Call("type", x), [Py.Number(1)]), "scaleb", new PyUnary(PyUnaryOperator.Negate, digits)), mode))], []),
            new PyAssign([Py.Name("p")], p),
            new PyReturn(Py.Binary(new PyCall(new PySubscript(functions, mode), [Py.Binary(x, PyBinaryOperator.Multiply, Py.Name("p"))]), PyBinaryOperator.Divide, Py.Name("p"))),
        ]);
    }
}
