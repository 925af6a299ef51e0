using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Helpers for JavaScript operations that Python spells only as statements: a match array with its position
/// (<c>JsMatch</c>, what <c>exec</c>, <c>match</c> and <c>matchAll</c> return), and <c>++</c>/<c>--</c> on a
/// property or element inside an expression (<c>js_update_attr</c>, <c>js_update_item</c>: read, store, and
/// yield the old or the new value as the operator's position says), and a property read that may be of a plain
/// object or of an instance (<c>js_get</c>).
/// </summary>
internal static partial class JsRuntime
{
    public const string Match = "js_match";
    public const string MatchClass = "JsMatch";
    public const string UpdateAttribute = "js_update_attr";
    public const string UpdateItem = "js_update_item";
    public const string Get = "js_get";
    public const string IndexOf = "js_index_of";
    public const string Flat = "js_flat";
    public const string ErrorName = "js_error_name";
    public const string Entries = "js_entries";
    public const string Item = "js_item";
    public const string Next = "js_next";

    /// <summary>JavaScript's error classes that Python lacks, defined when thrown: RangeError is a ValueError.</summary>
    public static readonly IReadOnlySet<string> ErrorClasses = new HashSet<string>(StringComparer.Ordinal) { "RangeError", "URIError", "EvalError" };

    /// <summary>JavaScript's error classes that Python has under the same name.</summary>
    private static readonly string[] NativeErrorNames = ["TypeError", "SyntaxError", "ReferenceError"];

    /// <summary>The Python error a JavaScript error class is, or the class the output defines for it.</summary>
    public static string PythonError(string jsName) => jsName switch
    {
        _ when NativeErrorNames.Contains(jsName) || ErrorClasses.Contains(jsName) => jsName,
        _ => "Exception",
    };

    /// <summary>Classes some helpers need, defined before the helpers.</summary>
    public static IReadOnlyList<PyStatement> Classes(string name) => name switch
    {
        Match => [JsMatchClass()],
        RegExp => [JsRegExpClass()],
        Date => [JsDateClass()],
        _ when ErrorClasses.Contains(name) => [new PyClassDef(name, [N(name == "RangeError" ? "ValueError" : "Exception")], [new PyPass()])],
        _ => [],
    };

    /// <summary>
    /// <code>
    /// class JsMatch(list):
    ///     def __init__(self, m):
    ///         super().__init__([m.group(0)] + list(m.groups()))
    ///         self.position = m.start()
    ///         self.groups = dict((k, v) for (k, v) in m.groupdict().items() if v is not None) if m.groupdict() else None
    /// </code>
    /// </summary>
    private static PyClassDef JsMatchClass()
    {
        var m = N("m");
        var groups = new PyBinary(new PyList([PyCall.Method(m, "group", new PyNumber("0"))]), PyBinaryOperator.Add, PyCall.Of("list", PyCall.Method(m, "groups")));
        return new PyClassDef(MatchClass, [N("list")],
        [
            new PyFunctionDef("__init__", [new("self"), new("m")],
            [
                new PyExpressionStatement(new PyCall(new PyMember(PyCall.Of("super"), "__init__"), [groups])),
                new PyAssign([new PyMember(N("self"), "position")], PyCall.Method(m, "start")),
                // JavaScript's match.groups: the named groups, undefined when the regex names none. A group that did
                // not take part is left out, so reads of it with a default or ?? see it missing (undefined).
                new PyAssign([new PyMember(N("self"), "groups")], new PyConditional(PyCall.Method(m, "groupdict"),
                    PyCall.Of("dict", new PyComprehension(new PyTuple([N("k"), N("v")]), new PyTuple([N("k"), N("v")]), PyCall.Method(PyCall.Method(m, "groupdict"), "items"),
                        new PyCompare(N("v"), PyCompareOperator.IsNot, PyConstant.None), Generator: true)),
                    PyConstant.None)),
            ]),
        ]);
    }

    /// <summary>
    /// An iterator's <c>next()</c>: <c>{ value, done }</c>, the value a generator returns once it is done.
    /// <code>
    /// def js_next(it):
    ///     try:
    ///         return {"value": next(it), "done": False}
    ///     except StopIteration as e:
    ///         return {"value": e.value, "done": True}
    /// </code>
    /// </summary>
    private static PyFunctionDef JsNext() =>
        new(Next, [new("it")],
        [
            new PyTry([new PyReturn(new PyDict([new(S("value"), PyCall.Of("next", N("it"))), new(S("done"), PyConstant.False)]))],
                [new PyExceptHandler(N("StopIteration"), "e", [new PyReturn(new PyDict([new(S("value"), new PyMember(N("e"), "value")), new(S("done"), PyConstant.True)]))])], []),
        ]);

    /// <summary><c>def js_match(m): return None if m is None else JsMatch(m)</c> (a failed match is null).</summary>
    private static PyFunctionDef JsMatchFunction() =>
        new(Match, [new("m")],
        [
            new PyReturn(new PyConditional(new PyCompare(N("m"), PyCompareOperator.Is, PyConstant.None), PyConstant.None, PyCall.Of(MatchClass, N("m")))),
        ]);

    /// <summary><c>def js_update_attr(o, name, delta, prefix): old = getattr(o, name); setattr(o, name, old + delta); return old + delta if prefix else old</c></summary>
    private static PyFunctionDef JsUpdateAttribute() => Update(UpdateAttribute, "name", PyCall.Of("getattr", N("o"), N("name")),
        new PyExpressionStatement(PyCall.Of("setattr", N("o"), N("name"), new PyBinary(N("old"), PyBinaryOperator.Add, N("delta")))));

    /// <summary><c>def js_update_item(o, key, delta, prefix): old = o[key]; o[key] = old + delta; return old + delta if prefix else old</c></summary>
    private static PyFunctionDef JsUpdateItem() => Update(UpdateItem, "key", new PySubscript(N("o"), N("key")),
        new PyAssign([new PySubscript(N("o"), N("key"))], new PyBinary(N("old"), PyBinaryOperator.Add, N("delta"))));

    /// <summary><c>def js_get(o, key): return o.get(key) if isinstance(o, dict) else getattr(o, key)</c>: a plain object or an instance.</summary>
    private static PyFunctionDef JsGet() =>
        new(Get, [new("o"), new("key")],
        [
            new PyReturn(new PyConditional(PyCall.Of("isinstance", N("o"), N("dict")), PyCall.Method(N("o"), "get", N("key")), PyCall.Of("getattr", N("o"), N("key")))),
        ]);

    /// <summary><c>def js_index_of(a, x, last=False)</c>: the first (or last) index of x, or -1.</summary>
    private static PyFunctionDef JsIndexOf()
    {
        var (a, x) = (N("a"), N("x"));
        var fromEnd = new PyBinary(new PyBinary(PyCall.Of("len", a), PyBinaryOperator.Subtract, new PyNumber("1")), PyBinaryOperator.Subtract,
            PyCall.Method(new PySubscript(a, new PySlice(null, null, new PyNumber("-1"))), "index", x));
        return new(IndexOf, [new("a"), new("x"), new("last", PyConstant.False)],
        [
            new PyIf(new PyCompare(x, PyCompareOperator.NotIn, a), [new PyReturn(new PyNumber("-1"))], []),
            new PyReturn(new PyConditional(N("last"), fromEnd, PyCall.Method(a, "index", x))),
        ]);
    }

    /// <summary><c>def js_flat(a)</c>: arrays inside a spread one level, other elements kept (JavaScript's flat()).</summary>
    private static PyFunctionDef JsFlat()
    {
        var (result, x) = (N("result"), N("x"));
        return new(Flat, [new("a")],
        [
            new PyAssign([result], new PyList([])),
            new PyFor(x, N("a"),
            [
                new PyIf(PyCall.Of("isinstance", x, N("list")),
                    [new PyExpressionStatement(PyCall.Method(result, "extend", x))],
                    [new PyExpressionStatement(PyCall.Method(result, "append", x))]),
            ]),
            new PyReturn(result),
        ]);
    }

    /// <summary>
    /// <c>e.name</c>: the error's own name property, else the JavaScript error class it derives from; a program's class
    /// extending Error without setting a name is "Error", as in JavaScript, and a Python AttributeError (a read of
    /// undefined) a "TypeError".
    /// </summary>
    private static PyFunctionDef JsErrorName()
    {
        var c = N("c");
        var known = new PyTuple(NativeErrorNames.Concat(ErrorClasses.Order(StringComparer.Ordinal)).Select(n => (PyExpression)S(n)).ToList());
        var names = new PyComprehension(new PyMember(c, "__name__"), c, new PyMember(PyCall.Of("type", N("e")), "__mro__"), new PyCompare(new PyMember(c, "__name__"), PyCompareOperator.In, known));
        var fallback = new PyConditional(N("names"), new PySubscript(N("names"), new PyNumber("0")),
            new PyConditional(PyCall.Of("isinstance", N("e"), N("AttributeError")), S("TypeError"), S("Error")));
        return new(ErrorName, [new("e")],
        [
            new PyAssign([N("names")], names),
            new PyReturn(PyCall.Of("getattr", N("e"), S("name"), fallback)),
        ]);
    }

    /// <summary>
    /// An array's or an object's entries, in JavaScript's order: an object lists its integer keys first, ascending,
    /// then the others as they were added. A key stored as a whole float (<c>parseFloat("7")</c>) is an integer key too.
    /// <code>
    /// def js_entries(x):
    ///     if isinstance(x, list): return list(enumerate(x))
    ///     return sorted(x.items(), key=lambda e: (0, e[0]) if isinstance(e[0], (int, float)) and float(e[0]).is_integer() and e[0] &gt;= 0 else (1, 0))
    /// </code>
    /// </summary>
    private static PyFunctionDef JsEntries()
    {
        var key = new PySubscript(N("e"), new PyNumber("0"));
        var whole = PyCall.Method(PyCall.Of("float", key), "is_integer");
        var number = PyCall.Of("isinstance", key, new PyTuple([N("int"), N("float")]));
        var integer = new PyBoolean(new PyBoolean(number, PyBooleanOperator.And, whole), PyBooleanOperator.And, new PyCompare(key, PyCompareOperator.GreaterOrEqual, new PyNumber("0")));
        var order = new PyLambda(["e"], new PyConditional(integer, new PyTuple([new PyNumber("0"), key]), new PyTuple([new PyNumber("1"), new PyNumber("0")])));
        return new(Entries, [new("x")],
        [
            new PyIf(IsInstance(N("x"), "list"), [new PyReturn(PyCall.Of("list", PyCall.Of("enumerate", N("x"))))], []),
            new PyReturn(new PyCall(N("sorted"), [PyCall.Method(N("x"), "items")], [new PyKeyword("key", order)])),
        ]);
    }

    /// <summary>
    /// <c>def js_item(o, k)</c>: <c>o[k]</c> of an object, an instance or an array, None (undefined) where the key, attribute or
    /// index is missing; an index given as text (<c>"0"</c>) reads the element of an array or a string, as in JavaScript.
    /// </summary>
    private static PyFunctionDef JsItem()
    {
        var (o, k) = (N("o"), N("k"));
        var inRange = new PyBoolean(new PyCompare(new PyNumber("0"), PyCompareOperator.LessOrEqual, k), PyBooleanOperator.And, new PyCompare(k, PyCompareOperator.Less, PyCall.Of("len", o)));
        return new(Item, [new("o"), new("k")],
        [
            new PyIf(PyCall.Of("isinstance", o, N("dict")), [new PyReturn(PyCall.Method(o, "get", k))], []),
            // An array or a string read by an index made text (a JSON pointer's "0"): JavaScript reads the element.
            new PyIf(new PyBoolean(new PyBoolean(new PyBoolean(IsInstance(k, "str"), PyBooleanOperator.And, PyCall.Of("isinstance", o, new PyTuple([N("list"), N("str")]))),
                    PyBooleanOperator.And, PyCall.Method(k, "isascii")), PyBooleanOperator.And,
                    new PyBoolean(PyCall.Method(k, "isdigit"), PyBooleanOperator.And, new PyBoolean(new PyCompare(k, PyCompareOperator.Equal, S("0")), PyBooleanOperator.Or,
                        new PyCompare(new PySubscript(k, new PyNumber("0")), PyCompareOperator.NotEqual, S("0"))))),
                [new PyAssign([k], PyCall.Of("int", k))], []),
            // An instance read by a computed name (r[key]): its attribute, undefined when it has none.
            new PyIf(new PyBoolean(IsInstance(k, "str"), PyBooleanOperator.And, PyUnary.Not(IsInstance(o, "str"))), [new PyReturn(PyCall.Of("getattr", o, k, PyConstant.None))], []),
            new PyReturn(new PyConditional(new PyBoolean(PyCall.Of("isinstance", k, N("int")), PyBooleanOperator.And, inRange), new PySubscript(o, k), PyConstant.None)),
        ]);
    }

    private static PyFunctionDef Update(string name, string key, PyExpression read, PyStatement store) =>
        new(name, [new("o"), new(key), new("delta"), new("prefix")],
        [
            new PyAssign([N("old")], read),
            store,
            new PyReturn(new PyConditional(N("prefix"), new PyBinary(N("old"), PyBinaryOperator.Add, N("delta")), N("old"))),
        ]);
}
