using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// A <c>SortedDictionary</c> built with a comparer (<c>Comparer&lt;T&gt;.Create((a, b) =&gt; b.CompareTo(a))</c>): a
/// dict that carries its key order, and the two functions that walk any sorted dictionary in its own order (the
/// keys' natural order where it carries none), so one variable may hold either kind, as in C#.
/// </summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>KeyOrderedDict(order)</c>: a dict whose <c>order</c> is a sort key made from the comparer (functools.cmp_to_key).</summary>
    public const string KeyOrderedDict = "KeyOrderedDict";

    /// <summary><c>ordered_keys(d)</c>: a sorted dictionary's keys in its order.</summary>
    public const string OrderedKeys = "ordered_keys";

    /// <summary><c>ordered_items(d)</c>: a sorted dictionary's (key, value) pairs in its key order.</summary>
    public const string OrderedItems = "ordered_items";

    private static readonly PyName D = new("d");
    private static readonly PyName Order = new("order");

    private static PyExpression OrderOf(PyExpression d) => Py.Call("getattr", d, new PyString("order"), PyConstant.None);

    /// <summary>
    /// <code>
    /// class KeyOrderedDict(dict):
    ///     def __init__(self, order): super().__init__(); self.order = order
    /// def ordered_keys(d): return sorted(d, key=getattr(d, "order", None))
    /// def ordered_items(d):
    ///     order = getattr(d, "order", None)
    ///     return sorted(d.items(), key=None if order is None else lambda kv: order(kv[0]))
    /// </code>
    /// </summary>
    private static IReadOnlyList<PyStatement> KeyOrderedDefinitions(string name) => name switch
    {
        KeyOrderedDict => [new PyClassDef(KeyOrderedDict, [Py.Name("dict")],
        [
            new PyFunctionDef("__init__", [new("self"), new("order")],
            [
                new PyExpressionStatement(new PyCall(new PyMember(new PyCall(Py.Name("super"), []), "__init__"), [])),
                new PyAssign([new PyMember(Py.Name("self"), "order")], Order),
            ]),
        ])],
        OrderedKeys => [new PyFunctionDef(OrderedKeys, [new("d")],
            [new PyReturn(new PyCall(Py.Name("sorted"), [D], [new PyKeyword("key", OrderOf(D))]))])],
        OrderedItems => [new PyFunctionDef(OrderedItems, [new("d")],
        [
            new PyAssign([Order], OrderOf(D)),
            new PyReturn(new PyCall(Py.Name("sorted"), [Py.Method(D, "items")], [new PyKeyword("key", new PyConditional(
                Py.Compare(Order, PyCompareOperator.Is, PyConstant.None), PyConstant.None,
                new PyLambda(["kv"], new PyCall(Order, [new PySubscript(Py.Name("kv"), Py.Number(0))]))))])),
        ])],
        _ => [],
    };
}
