using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// Collection updates used as values, which Python spells as statements returning None: <c>map.set(k, v)</c>
/// and <c>set.add(v)</c> return the collection (so they chain and feed reduce), <c>delete</c> whether the key
/// was there, <c>push</c> the new length.
/// </summary>
internal static partial class JsRuntime
{
    public const string MapSet = "js_map_set";
    public const string SetAdd = "js_set_add";
    public const string Delete = "js_delete";
    public const string Push = "js_push";
    public const string Set = "js_set";

    /// <summary>
    /// <c>def js_set(o, key, v)</c>: <c>o[key] = v</c> on a plain object, <c>setattr</c> on an instance (a name that
    /// is both a class member and an object key, on a value of unknown kind).
    /// </summary>
    private static PyFunctionDef JsSet() =>
        new(Set, [new("o"), new("key"), new("v")],
        [
            new PyIf(IsInstance(N("o"), "dict"), [new PyAssign([new PySubscript(N("o"), N("key"))], N("v"))],
                [new PyExpressionStatement(PyCall.Of("setattr", N("o"), N("key"), N("v")))]),
        ]);

    /// <summary><c>def js_map_set(m, k, v): m[k] = v; return m</c></summary>
    private static PyFunctionDef JsMapSet() =>
        new(MapSet, [new("m"), new("k"), new("v")],
        [
            new PyAssign([new PySubscript(N("m"), N("k"))], N("v")),
            new PyReturn(N("m")),
        ]);

    /// <summary>
    /// <c>def js_set_add(s, v)</c>: adds v and returns s; a Set whose order shows is a dict of keys (it keeps
    /// insertion order), one used only for membership a Python set.
    /// </summary>
    private static PyFunctionDef JsSetAdd() =>
        new(SetAdd, [new("s"), new("v")],
        [
            new PyIf(IsInstance(N("s"), "dict"), [new PyAssign([new PySubscript(N("s"), N("v"))], PyConstant.None)], [new PyExpressionStatement(PyCall.Method(N("s"), "add", N("v")))]),
            new PyReturn(N("s")),
        ]);

    /// <summary><c>def js_delete(c, k): return c.pop(k, js_delete) is not js_delete</c> (the function itself marks a missing key).</summary>
    private static PyFunctionDef JsDelete() =>
        new(Delete, [new("c"), new("k")],
        [
            new PyReturn(new PyCompare(PyCall.Method(N("c"), "pop", N("k"), N(Delete)), PyCompareOperator.IsNot, N(Delete))),
        ]);

    /// <summary><c>def js_push(a, *items): a.extend(items); return len(a)</c></summary>
    private static PyFunctionDef JsPush() =>
        new(Push, [new("a"), new("*items")],
        [
            new PyExpressionStatement(PyCall.Method(N("a"), "extend", N("items"))),
            new PyReturn(PyCall.Of("len", N("a"))),
        ]);
}
