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

    /// <summary>Classes some helpers need, defined before the helpers.</summary>
    public static IReadOnlyList<PyStatement> Classes(string name) => name switch
    {
        Match => [JsMatchClass()],
        _ => [],
    };

    /// <summary>
    /// <code>
    /// class JsMatch(list):
    ///     def __init__(self, m):
    ///         super().__init__([m.group(0)] + list(m.groups()))
    ///         self.position = m.start()
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
            ]),
        ]);
    }

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

    private static PyFunctionDef Update(string name, string key, PyExpression read, PyStatement store) =>
        new(name, [new("o"), new(key), new("delta"), new("prefix")],
        [
            new PyAssign([N("old")], read),
            store,
            new PyReturn(new PyConditional(N("prefix"), new PyBinary(N("old"), PyBinaryOperator.Add, N("delta")), N("old"))),
        ]);
}
