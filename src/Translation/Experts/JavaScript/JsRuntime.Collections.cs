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
    public const string Splice = "js_splice";
    public const string LiveKeys = "js_live_keys";

    /// <summary>
    /// The keys of a Map (or an ordered Set) that its for..of loop changes, in JavaScript's order: a key deleted before
    /// its turn is skipped and one added during the loop is visited, where Python's dict iteration raises.
    /// <code>
    /// def js_live_keys(m):
    ///     seen = set()
    ///     while True:
    ///         pending = [k for k in m if k not in seen]
    ///         if not pending:
    ///             return
    ///         for k in pending:
    ///             if k in m and k not in seen:
    ///                 seen.add(k)
    ///                 yield k
    /// </code>
    /// </summary>
    private static PyFunctionDef JsLiveKeys()
    {
        var (m, k, seen, pending) = (N("m"), N("k"), N("seen"), N("pending"));
        var unseen = new PyCompare(k, PyCompareOperator.NotIn, seen);
        return new(LiveKeys, [new("m")],
        [
            new PyAssign([seen], PyCall.Of("set")),
            new PyWhile(PyConstant.True,
            [
                new PyAssign([pending], new PyComprehension(k, k, m, unseen)),
                new PyIf(PyUnary.Not(pending), [new PyReturn()], []),
                new PyFor(k, pending,
                [
                    new PyIf(new PyBoolean(new PyCompare(k, PyCompareOperator.In, m), PyBooleanOperator.And, unseen),
                    [
                        new PyExpressionStatement(PyCall.Method(seen, "add", k)),
                        new PyExpressionStatement(new PyYield(k)),
                    ], []),
                ]),
            ]),
        ]);
    }

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

    /// <summary>
    /// <code>
    /// def js_delete(c, k):
    ///     if isinstance(c, set):
    ///         found = k in c
    ///         c.discard(k)
    ///         return found
    ///     return c.pop(k, js_delete) is not js_delete
    /// </code>
    /// The function itself marks a missing key; a Set kept only for membership is a Python set.
    /// </summary>
    private static PyFunctionDef JsDelete() =>
        new(Delete, [new("c"), new("k")],
        [
            new PyIf(IsInstance(N("c"), "set"),
            [
                new PyAssign([N("found")], new PyCompare(N("k"), PyCompareOperator.In, N("c"))),
                new PyExpressionStatement(PyCall.Method(N("c"), "discard", N("k"))),
                new PyReturn(N("found")),
            ], []),
            new PyReturn(new PyCompare(PyCall.Method(N("c"), "pop", N("k"), N(Delete)), PyCompareOperator.IsNot, N(Delete))),
        ]);

    /// <summary><c>def js_push(a, *items): a.extend(items); return len(a)</c></summary>
    private static PyFunctionDef JsPush() =>
        new(Push, [new("a"), new("*items")],
        [
            new PyExpressionStatement(PyCall.Method(N("a"), "extend", N("items"))),
            new PyReturn(PyCall.Of("len", N("a"))),
        ]);

    /// <summary>
    /// <code>
    /// def js_splice(a, start, *rest):
    ///     n = len(a)
    ///     start = max(n + int(start), 0) if start &lt; 0 else min(int(start), n)
    ///     count = n - start if not rest else min(max(int(rest[0] or 0), 0), n - start)
    ///     removed = a[start:start + count]
    ///     a[start:start + count] = rest[1:]
    ///     return removed
    /// </code>
    /// JavaScript's splice: a negative start counts from the end, both bounds are clamped, an omitted count takes
    /// the rest and an undefined one nothing.
    /// </summary>
    private static PyFunctionDef JsSplice()
    {
        var (a, start, rest, n, count) = (N("a"), N("start"), N("rest"), N("n"), N("count"));
        var zero = new PyNumber("0");
        var span = new PySubscript(a, new PySlice(start, new PyBinary(start, PyBinaryOperator.Add, count)));
        var left = new PyBinary(n, PyBinaryOperator.Subtract, start);
        return new(Splice, [new("a"), new("start"), new("*rest")],
        [
            new PyAssign([n], PyCall.Of("len", a)),
            new PyAssign([start], new PyConditional(new PyCompare(start, PyCompareOperator.Less, zero),
                PyCall.Of("max", new PyBinary(n, PyBinaryOperator.Add, PyCall.Of("int", start)), zero),
                PyCall.Of("min", PyCall.Of("int", start), n))),
            new PyAssign([count], new PyConditional(PyUnary.Not(rest), left,
                PyCall.Of("min", PyCall.Of("max", PyCall.Of("int", new PyBoolean(new PySubscript(rest, zero), PyBooleanOperator.Or, zero)), zero), left))),
            new PyAssign([N("removed")], span),
            new PyAssign([span], new PySubscript(rest, new PySlice(new PyNumber("1"), null))),
            new PyReturn(N("removed")),
        ]);
    }

    public const string FromEntries = "js_from_entries";

    /// <summary>
    /// <c>Object.fromEntries</c>: a plain object lists its array-index keys first, ascending, whatever order they were
    /// added in (<c>{"11": …, "08": …}</c> from a Map whose first key was "08" lists "11" first; "08" is no index).
    /// <code>
    /// def js_from_entries(pairs):
    ///     d = dict(pairs)
    ///     first = sorted((k for k in d if isinstance(k, str) and k.isascii() and k.isdigit() and (k == "0" or k[0] != "0") or isinstance(k, int) and k &gt;= 0), key=int)
    ///     return dict((k, d[k]) for k in first) | d
    /// </code>
    /// </summary>
    private static PyFunctionDef JsFromEntries()
    {
        var (d, k) = (N("d"), N("k"));
        var textIndex = new PyBoolean(new PyBoolean(new PyBoolean(IsInstance(k, "str"), PyBooleanOperator.And, PyCall.Method(k, "isascii")), PyBooleanOperator.And, PyCall.Method(k, "isdigit")),
            PyBooleanOperator.And, new PyBoolean(new PyCompare(k, PyCompareOperator.Equal, S("0")), PyBooleanOperator.Or,
                new PyCompare(new PySubscript(k, new PyNumber("0")), PyCompareOperator.NotEqual, S("0"))));
        var numberIndex = new PyBoolean(IsInstance(k, "int"), PyBooleanOperator.And, new PyCompare(k, PyCompareOperator.GreaterOrEqual, new PyNumber("0")));
        var indices = new PyComprehension(k, k, d, new PyBoolean(textIndex, PyBooleanOperator.Or, numberIndex), Generator: true);
        return new(FromEntries, [new("pairs")],
        [
            new PyAssign([d], PyCall.Of("dict", N("pairs"))),
            new PyAssign([N("first")], new PyCall(N("sorted"), [indices], [new PyKeyword("key", N("int"))])),
            new PyReturn(new PyBinary(PyCall.Of("dict", new PyComprehension(new PyTuple([k, new PySubscript(d, k)]), k, N("first"), Generator: true)), PyBinaryOperator.BitOr, d)),
        ]);
    }
}
