using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Python.Runtime;

/// <summary>
/// Helper functions for semantics Python does not have built in. C, C++, Java and C# truncate integer division
/// toward zero and give the remainder the dividend's sign; Python's <c>//</c> and <c>%</c> floor instead, so
/// <c>-7 / 2</c> is -3 there and -4 here. The helpers are exact on integers of any size (no float round trip).
/// </summary>
public static class PythonHelpers
{
    /// <summary>Name of <c>trunc_div(a, b)</c>: integer quotient rounded toward zero.</summary>
    public const string TruncatingDivision = "trunc_div";

    /// <summary>Name of <c>trunc_mod(a, b)</c>: the remainder with the dividend's sign.</summary>
    public const string TruncatingRemainder = "trunc_mod";

    /// <summary>Name of <c>java_split(s, regex)</c>: Java's <c>String.split</c>, which drops trailing empty strings
    /// (<c>"a,b,,".split(",")</c> is <c>["a", "b"]</c>) and returns the whole string when nothing matches. Needs
    /// <c>import re</c>.</summary>
    public const string JavaSplit = "java_split";

    /// <summary>Name of <c>java_compare_to(a, b)</c>: Java's <c>String.compareTo</c>, the difference of the first
    /// differing characters, else of the lengths.</summary>
    public const string JavaCompareTo = "java_compare_to";

    /// <summary>Name of <c>java_monitor()</c>: the one reentrant lock every translated Java <c>synchronized</c> takes
    /// (created once, as a default argument). Needs <c>import threading</c>.</summary>
    public const string JavaMonitor = "java_monitor";

    /// <summary>Name of <c>cpp_stream(x=None, **changes)</c>: <c>cout</c>'s float format. It applies the manipulators'
    /// changes (<c>fixed</c>, <c>scientific</c>, <c>precision</c>) to the one stream state (created once, as a default
    /// argument), then formats <c>x</c> the way <c>cout &lt;&lt; x</c> prints a double (<c>%g</c> with precision 6 by
    /// default), or returns "" when there is no <c>x</c>, so that a manipulator prints nothing.</summary>
    public const string CppStream = "cpp_stream";

    /// <summary>Name of <c>java_str(x)</c>: a value as Java's <c>String.valueOf</c> writes it: <c>null</c>, <c>true</c>,
    /// doubles as <c>Double.toString</c> (<c>4.0</c>, <c>1.0E10</c>, <c>1.0E-4</c>, <c>NaN</c>, <c>Infinity</c>), lists and arrays
    /// as <c>[a, b]</c>, maps as <c>{k=v}</c>, anything else by its <c>__str__</c>. Needs <c>import decimal</c>.</summary>
    public const string JavaString = "java_str";

    /// <summary>Name of <c>exact_cbrt(x)</c>: the cube root as C's <c>cbrt</c> and Java's <c>Math.cbrt</c> give it, exact
    /// for a perfect cube; CPython's <c>math.cbrt(27)</c> is <c>3.0000000000000004</c>. Needs <c>import math</c>.</summary>
    public const string ExactCubeRoot = "exact_cbrt";

    /// <summary>The definition of the helper called <paramref name="name"/>, with the helpers it calls first.</summary>
    public static IReadOnlyList<PyFunctionDef> Definitions(string name) => name switch
    {
        TruncatingDivision => [Division()],
        TruncatingRemainder => [Division(), Remainder()],
        JavaSplit => [Split()],
        JavaCompareTo => [CompareTo()],
        JavaMonitor => [new PyFunctionDef(JavaMonitor, [new("lock", PyCall.Method(new PyName("threading"), "RLock"))], [new PyReturn(new PyName("lock"))])],
        CppStream => [Stream()],
        JavaString => [JavaStr()],
        ExactCubeRoot => [CubeRoot()],
        _ => throw new ArgumentException($"No helper is called '{name}'.", nameof(name)),
    };

    private static PyFunctionDef Division()
    {
        // q = abs(a) // abs(b); return q if (a >= 0) == (b >= 0) else -q
        var a = new PyName("a");
        var b = new PyName("b");
        var q = new PyName("q");
        var zero = new PyNumber("0");
        return new PyFunctionDef(TruncatingDivision, [new("a"), new("b")],
        [
            new PyAssign(q, new PyBinary(PyCall.Of("abs", a), PyBinaryOperator.FloorDivide, PyCall.Of("abs", b))),
            new PyReturn(new PyConditional(
                new PyCompare(new PyCompare(a, PyCompareOperator.GreaterOrEqual, zero), PyCompareOperator.Equal, new PyCompare(b, PyCompareOperator.GreaterOrEqual, zero)),
                q,
                new PyUnary(PyUnaryOperator.Negate, q))),
        ]);
    }

    private static PyFunctionDef Remainder()
    {
        // return a - b * trunc_div(a, b)
        var a = new PyName("a");
        var b = new PyName("b");
        return new PyFunctionDef(TruncatingRemainder, [new("a"), new("b")],
        [
            new PyReturn(new PyBinary(a, PyBinaryOperator.Subtract, new PyBinary(b, PyBinaryOperator.Multiply, PyCall.Of(TruncatingDivision, a, b)))),
        ]);
    }

    private static PyFunctionDef CubeRoot()
    {
        // r = math.cbrt(x)
        // n = round(r) if math.isfinite(r) else 0
        // return float(n) if n * n * n == x else r
        var (x, r, n) = (new PyName("x"), new PyName("r"), new PyName("n"));
        PyExpression Math(string function, PyExpression argument) => PyCall.Method(new PyName("math"), function, argument);
        return new PyFunctionDef(ExactCubeRoot, [new("x")],
        [
            new PyAssign(r, Math("cbrt", x)),
            new PyAssign(n, new PyConditional(Math("isfinite", r), PyCall.Of("round", r), new PyNumber("0"))),
            new PyReturn(new PyConditional(
                new PyCompare(new PyBinary(new PyBinary(n, PyBinaryOperator.Multiply, n), PyBinaryOperator.Multiply, n), PyCompareOperator.Equal, x),
                PyCall.Of("float", n),
                r)),
        ]);
    }

    private static PyFunctionDef JavaStr()
    {
        // if x is None: return "null"
        // if isinstance(x, bool): return "true" if x else "false"
        // if isinstance(x, float):
        //     if x != x: return "NaN"
        //     if x in (float("inf"), float("-inf")): return "Infinity" if x > 0 else "-Infinity"
        //     if x == 0 or 1e-3 <= abs(x) < 1e7: return repr(x)
        //     sign, digits, exponent = decimal.Decimal(repr(x)).as_tuple()
        //     shown = "".join(map(str, digits))
        //     power = len(shown) + exponent - 1
        //     shown = shown.rstrip("0") or "0"
        //     return ("-" if sign else "") + shown[0] + "." + (shown[1:] or "0") + "E" + str(power)
        // if isinstance(x, dict): return "{" + ", ".join(java_str(k) + "=" + java_str(v) for k, v in x.items()) + "}"
        // if isinstance(x, (list, tuple, set, frozenset)): return "[" + ", ".join(java_str(v) for v in x) + "]"
        // return str(x)
        var (x, sign, digits, exponent, shown, power) = (new PyName("x"), new PyName("sign"), new PyName("digits"), new PyName("exponent"), new PyName("shown"), new PyName("power"));
        PyExpression Is(string type) => PyCall.Of("isinstance", x, new PyName(type));
        PyExpression Str(PyExpression e) => PyCall.Of("str", e);
        PyExpression Plus(params PyExpression[] parts) => parts.Aggregate((a, b) => new PyBinary(a, PyBinaryOperator.Add, b));
        PyExpression Join(PyExpression items) => PyCall.Method(new PyString(", "), "join", items);
        PyExpression Recur(PyExpression e) => PyCall.Of(JavaString, e);
        var (k, v) = (new PyName("k"), new PyName("v"));
        var inf = PyCall.Of("float", new PyString("inf"));
        var floating = new List<PyStatement>
        {
            new PyIf(new PyCompare(x, PyCompareOperator.NotEqual, x), [new PyReturn(new PyString("NaN"))], []),
            new PyIf(new PyCompare(x, PyCompareOperator.In, new PyTuple([inf, PyCall.Of("float", new PyString("-inf"))])),
                [new PyReturn(new PyConditional(new PyCompare(x, PyCompareOperator.Greater, new PyNumber("0")), new PyString("Infinity"), new PyString("-Infinity")))], []),
            new PyIf(new PyBoolean(new PyCompare(x, PyCompareOperator.Equal, new PyNumber("0")), PyBooleanOperator.Or,
                    new PyBoolean(new PyCompare(new PyNumber("1e-3"), PyCompareOperator.LessOrEqual, PyCall.Of("abs", x)), PyBooleanOperator.And,
                        new PyCompare(PyCall.Of("abs", x), PyCompareOperator.Less, new PyNumber("1e7")))),
                [new PyReturn(PyCall.Of("repr", x))], []),
            new PyAssign(new PyTuple([sign, digits, exponent]), PyCall.Method(PyCall.Method(new PyName("decimal"), "Decimal", PyCall.Of("repr", x)), "as_tuple")),
            new PyAssign(shown, PyCall.Method(new PyString(string.Empty), "join", PyCall.Of("map", new PyName("str"), digits))),
            new PyAssign(power, new PyBinary(new PyBinary(PyCall.Of("len", shown), PyBinaryOperator.Add, exponent), PyBinaryOperator.Subtract, new PyNumber("1"))),
            new PyAssign(shown, new PyBoolean(PyCall.Method(shown, "rstrip", new PyString("0")), PyBooleanOperator.Or, new PyString("0"))),
            new PyReturn(Plus(
                new PyConditional(sign, new PyString("-"), new PyString(string.Empty)),
                new PySubscript(shown, new PyNumber("0")), new PyString("."),
                new PyBoolean(new PySubscript(shown, new PySlice(new PyNumber("1"), null)), PyBooleanOperator.Or, new PyString("0")),
                new PyString("E"), Str(power))),
        };
        return new PyFunctionDef(JavaString, [new("x")],
        [
            new PyIf(new PyCompare(x, PyCompareOperator.Is, PyConstant.None), [new PyReturn(new PyString("null"))], []),
            new PyIf(Is("bool"), [new PyReturn(new PyConditional(x, new PyString("true"), new PyString("false")))], []),
            new PyIf(Is("float"), floating, []),
            new PyIf(Is("dict"), [new PyReturn(Plus(new PyString("{"),
                Join(new PyComprehension(Plus(Recur(k), new PyString("="), Recur(v)), new PyTuple([k, v]), PyCall.Method(x, "items"))), new PyString("}")))], []),
            new PyIf(PyCall.Of("isinstance", x, new PyTuple([new PyName("list"), new PyName("tuple"), new PyName("set"), new PyName("frozenset")])),
                [new PyReturn(Plus(new PyString("["), Join(new PyComprehension(Recur(v), v, x)), new PyString("]")))], []),
            new PyReturn(Str(x)),
        ]);
    }

    private static PyFunctionDef Stream()
    {
        // state.update(changes)
        // if x is None: return ""
        // if isinstance(x, bool): return ("true" if x else "false") if state["boolalpha"] else str(int(x))
        // return format(x, "." + str(state["precision"]) + ("f" if state["fixed"] else "e" if state["scientific"] else "g"))
        var (x, state) = (new PyName("x"), new PyName("state"));
        PyExpression Flag(string name) => new PySubscript(state, new PyString(name));
        var defaults = new PyDict(
        [
            new(new PyString("fixed"), PyConstant.False),
            new(new PyString("scientific"), PyConstant.False),
            new(new PyString("precision"), new PyNumber("6")),
            new(new PyString("boolalpha"), PyConstant.False),
        ]);
        var mode = new PyConditional(Flag("fixed"), new PyString("f"), new PyConditional(Flag("scientific"), new PyString("e"), new PyString("g")));
        var spec = new PyBinary(new PyBinary(new PyString("."), PyBinaryOperator.Add, PyCall.Of("str", Flag("precision"))), PyBinaryOperator.Add, mode);
        return new PyFunctionDef(CppStream, [new("x", PyConstant.None), new("state", defaults), new("**changes")],
        [
            new PyExpressionStatement(PyCall.Method(state, "update", new PyName("changes"))),
            new PyIf(new PyCompare(x, PyCompareOperator.Is, PyConstant.None), [new PyReturn(new PyString(string.Empty))], []),
            new PyIf(PyCall.Of("isinstance", x, new PyName("bool")),
                [new PyReturn(new PyConditional(Flag("boolalpha"), new PyConditional(x, new PyString("true"), new PyString("false")), PyCall.Of("str", PyCall.Of("int", x))))], []),
            new PyReturn(PyCall.Of("format", x, spec)),
        ]);
    }

    private static PyFunctionDef Split()
    {
        // parts = re.split(regex, s)
        // if len(parts) == 1: return parts
        // while parts and parts[-1] == "": parts.pop()
        // return parts
        var parts = new PyName("parts");
        var last = new PySubscript(parts, new PyUnary(PyUnaryOperator.Negate, new PyNumber("1")));
        return new PyFunctionDef(JavaSplit, [new("s"), new("regex")],
        [
            new PyAssign(parts, PyCall.Method(new PyName("re"), "split", new PyName("regex"), new PyName("s"))),
            new PyIf(new PyCompare(PyCall.Of("len", parts), PyCompareOperator.Equal, new PyNumber("1")), [new PyReturn(parts)], []),
            new PyWhile(new PyBoolean(parts, PyBooleanOperator.And, new PyCompare(last, PyCompareOperator.Equal, new PyString(string.Empty))),
                [new PyExpressionStatement(PyCall.Method(parts, "pop"))]),
            new PyReturn(parts),
        ]);
    }

    private static PyFunctionDef CompareTo()
    {
        // for x, y in zip(a, b):
        //     if x != y:
        //         return ord(x) - ord(y)
        // return len(a) - len(b)
        var (a, b, x, y) = (new PyName("a"), new PyName("b"), new PyName("x"), new PyName("y"));
        return new PyFunctionDef(JavaCompareTo, [new("a"), new("b")],
        [
            new PyFor(new PyTuple([x, y]), PyCall.Of("zip", a, b),
            [
                new PyIf(new PyCompare(x, PyCompareOperator.NotEqual, y), [new PyReturn(new PyBinary(PyCall.Of("ord", x), PyBinaryOperator.Subtract, PyCall.Of("ord", y)))], []),
            ]),
            new PyReturn(new PyBinary(PyCall.Of("len", a), PyBinaryOperator.Subtract, PyCall.Of("len", b))),
        ]);
    }
}
