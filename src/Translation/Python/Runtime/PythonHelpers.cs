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

    /// <summary>The definition of the helper called <paramref name="name"/>, with the helpers it calls first.</summary>
    public static IReadOnlyList<PyFunctionDef> Definitions(string name) => name switch
    {
        TruncatingDivision => [Division()],
        TruncatingRemainder => [Division(), Remainder()],
        JavaSplit => [Split()],
        JavaCompareTo => [CompareTo()],
        JavaMonitor => [new PyFunctionDef(JavaMonitor, [new("lock", PyCall.Method(new PyName("threading"), "RLock"))], [new PyReturn(new PyName("lock"))])],
        CppStream => [Stream()],
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

    private static PyFunctionDef Stream()
    {
        // state.update(changes)
        // if x is None: return ""
        // return format(x, "." + str(state["precision"]) + ("f" if state["fixed"] else "e" if state["scientific"] else "g"))
        var (x, state) = (new PyName("x"), new PyName("state"));
        PyExpression Flag(string name) => new PySubscript(state, new PyString(name));
        var defaults = new PyDict(
        [
            new(new PyString("fixed"), PyConstant.False),
            new(new PyString("scientific"), PyConstant.False),
            new(new PyString("precision"), new PyNumber("6")),
        ]);
        var mode = new PyConditional(Flag("fixed"), new PyString("f"), new PyConditional(Flag("scientific"), new PyString("e"), new PyString("g")));
        var spec = new PyBinary(new PyBinary(new PyString("."), PyBinaryOperator.Add, PyCall.Of("str", Flag("precision"))), PyBinaryOperator.Add, mode);
        return new PyFunctionDef(CppStream, [new("x", PyConstant.None), new("state", defaults), new("**changes")],
        [
            new PyExpressionStatement(PyCall.Method(state, "update", new PyName("changes"))),
            new PyIf(new PyCompare(x, PyCompareOperator.Is, PyConstant.None), [new PyReturn(new PyString(string.Empty))], []),
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
