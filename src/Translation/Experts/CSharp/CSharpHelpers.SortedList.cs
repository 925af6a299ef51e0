using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// <c>SortedList&lt;TKey, TValue&gt;</c>: keys and values in two parallel lists kept in key order, found by binary
/// search under the list's comparer (keys are equal where neither orders before the other, as .NET's comparer
/// decides, not by Python's <c>==</c>). It speaks Python's mapping protocol (<c>d[k]</c>, <c>k in d</c>, <c>len</c>,
/// <c>get</c>, <c>pop</c>, <c>items</c>), so the dictionary lowering applies unchanged, and .NET's index methods
/// (<c>Add</c> refusing a key already there, <c>RemoveAt</c>, <c>IndexOfKey</c>, <c>GetKeyAtIndex</c>...).
/// <c>keys()</c> and <c>values()</c> are the lists themselves: indexable, in key order, and live, as .NET's
/// <c>Keys</c> and <c>Values</c> are.
/// </summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>SortedList(compare=None, items=())</c>: the sorted list, ordered by a comparison function or the keys' own order.</summary>
    public const string SortedList = "SortedList";

    private static readonly PyName Keys = new("self._keys");
    private static readonly PyName Values = new("self._values");
    private static readonly PyName Key = new("key");
    private static readonly PyName Value = new("value");
    private static readonly PyName Index = new("index");
    private static readonly PyName I = new("i");

    /// <summary>
    /// <c>globals().get("ArgumentException", ValueError)</c>: the class a program that tells exceptions apart declares
    /// for ArgumentException, else the ValueError that stands for it.
    /// </summary>
    private static PyExpression ArgumentError => Py.Method(Py.Call("globals"), "get", new PyString("ArgumentException"), Py.Name("ValueError"));

    private static PyExpression Concat(params PyExpression[] parts) => parts.Aggregate((a, b) => Py.Binary(a, PyBinaryOperator.Add, b));

    private static PyExpression Negative(PyExpression e) => new PyUnary(PyUnaryOperator.Negate, e);

    private static PyExpression Invert(PyExpression e) => new PyUnary(PyUnaryOperator.Invert, e);

    private static PyStatement Find(PyExpression key) => new PyAssign([I], Py.Method(Py.Name("self"), "find", key));

    private static PyStatement RaiseKeyError() => new PyRaise(Py.Call("KeyError", Key));

    private static PyExpression Found => Py.Compare(I, PyCompareOperator.GreaterOrEqual, Py.Number(0));

    /// <summary>
    /// <code>
    /// class SortedList:
    ///     def __init__(self, compare=None, items=()):
    ///         self.order = functools.cmp_to_key(compare) if compare is not None else (lambda k: k)
    ///         self._keys, self._values = [], []
    ///         for key, value in items: self.Add(key, value)
    ///     def find(self, key):   # the key's index, or ~ the index where it would go
    ///         probe = self.order(key)
    ///         i = bisect.bisect_left(self._keys, probe, key=self.order)
    ///         return i if i &lt; len(self._keys) and not probe &lt; self.order(self._keys[i]) else ~i
    ///     def check(self, index): raise IndexError (ArgumentOutOfRangeException) unless 0 &lt;= index &lt; len
    ///     Add, __setitem__, __getitem__, __delitem__, __contains__, __len__, __iter__, keys, values, items, get, pop,
    ///     clear, RemoveAt, IndexOfKey, IndexOfValue, GetKeyAtIndex, GetValueAtIndex, SetValueAtIndex
    /// </code>
    /// </summary>
    private static PyClassDef SortedListDefinition()
    {
        var order = new PyMember(Self, "order");
        var probe = Py.Name("probe");
        PyFunctionDef Def(string name, PyParameter[] parameters, params PyStatement[] body) => new(name, [new("self"), .. parameters], [.. body]);
        PyStatement[] Insert(PyExpression at) =>
            [new PyExpressionStatement(Py.Method(Keys, "insert", at, Key)), new PyExpressionStatement(Py.Method(Values, "insert", at, Value))];
        var inRange = new PyBoolean(Py.Compare(Py.Number(0), PyCompareOperator.LessOrEqual, Index), PyBooleanOperator.And,
            Py.Compare(Index, PyCompareOperator.Less, Py.Length(Keys)));
        return new PyClassDef(SortedList, [],
        [
            Def("__init__", [new("compare", PyConstant.None), new("items", new PyTuple([]))],
                new PyAssign([order], new PyConditional(Py.Compare(Py.Name("compare"), PyCompareOperator.IsNot, PyConstant.None),
                    Py.Call("functools.cmp_to_key", Py.Name("compare")), new PyLambda(["k"], Py.Name("k")))),
                new PyAssign([new PyTuple([Keys, Values])], new PyTuple([new PyList([]), new PyList([])])),
                new PyFor(new PyTuple([Key, Value]), Py.Name("items"), [new PyExpressionStatement(Py.Method(Self, "Add", Key, Value))])),
            Def("find", [new("key")],
                new PyAssign([probe], new PyCall(order, [Key])),
                new PyAssign([I], new PyCall(Py.Name("bisect.bisect_left"), [Keys, probe], [new PyKeyword("key", order)])),
                new PyReturn(new PyConditional(
                    new PyBoolean(Py.Compare(I, PyCompareOperator.Less, Py.Length(Keys)), PyBooleanOperator.And,
                        PyUnary.Not(Py.Compare(probe, PyCompareOperator.Less, new PyCall(order, [new PySubscript(Keys, I)])))),
                    I, Invert(I)))),
            Def("check", [new("index")],
                new PyIf(PyUnary.Not(inRange), [new PyRaise(Py.Call("IndexError", Concat(
                    new PyString("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')\nActual value was "),
                    Py.Call("str", Index), new PyString("."))))], [])),
            Def("Add", [new("key"), new("value")],
            [
                Find(Key),
                new PyIf(Found, [new PyRaise(new PyCall(ArgumentError, [Concat(new PyString("An item with the same key has already been added. Key: "), Py.Call("str", Key), new PyString(" (Parameter 'key')"))]))], []),
                .. Insert(Invert(I)),
            ]),
            Def("__setitem__", [new("key"), new("value")],
                Find(Key),
                new PyIf(Found, [new PyAssign([new PySubscript(Values, I)], Value)], [.. Insert(Invert(I))])),
            Def("__getitem__", [new("key")],
                Find(Key),
                new PyIf(PyUnary.Not(Found), [RaiseKeyError()], []),
                new PyReturn(new PySubscript(Values, I))),
            Def("__delitem__", [new("key")],
                Find(Key),
                new PyIf(PyUnary.Not(Found), [RaiseKeyError()], []),
                new PyExpressionStatement(Py.Method(Self, "RemoveAt", I))),
            Def("__contains__", [new("key")], new PyReturn(Py.Compare(Py.Method(Self, "find", Key), PyCompareOperator.GreaterOrEqual, Py.Number(0)))),
            Def("__len__", [], new PyReturn(Py.Length(Keys))),
            Def("__iter__", [], new PyReturn(Py.Call("iter", Py.Call("list", Keys)))),
            Def("keys", [], new PyReturn(Keys)),
            Def("values", [], new PyReturn(Values)),
            Def("items", [], new PyReturn(Py.Call("list", Py.Call("zip", Keys, Values)))),
            Def("get", [new("key"), new("default", PyConstant.None)],
                Find(Key),
                new PyReturn(new PyConditional(Found, new PySubscript(Values, I), Py.Name("default")))),
            Def("pop", [new("key"), new("*default")],
                Find(Key),
                new PyIf(PyUnary.Not(Found), [new PyIf(Py.Name("default"), [new PyReturn(new PySubscript(Py.Name("default"), Py.Number(0)))], []), RaiseKeyError()], []),
                new PyAssign([Value], new PySubscript(Values, I)),
                new PyExpressionStatement(Py.Method(Self, "RemoveAt", I)),
                new PyReturn(Value)),
            Def("clear", [],
                new PyExpressionStatement(Py.Method(Keys, "clear")),
                new PyExpressionStatement(Py.Method(Values, "clear"))),
            Def("RemoveAt", [new("index")],
                new PyExpressionStatement(Py.Method(Self, "check", Index)),
                new PyExpressionStatement(Py.Method(Keys, "pop", Index)),
                new PyExpressionStatement(Py.Method(Values, "pop", Index))),
            Def("IndexOfKey", [new("key")],
                Find(Key),
                new PyReturn(new PyConditional(Found, I, Negative(Py.Number(1))))),
            Def("IndexOfValue", [new("value")],
                new PyReturn(new PyConditional(Py.Compare(Value, PyCompareOperator.In, Values), Py.Method(Values, "index", Value), Negative(Py.Number(1))))),
            Def("GetKeyAtIndex", [new("index")],
                new PyExpressionStatement(Py.Method(Self, "check", Index)),
                new PyReturn(new PySubscript(Keys, Index))),
            Def("GetValueAtIndex", [new("index")],
                new PyExpressionStatement(Py.Method(Self, "check", Index)),
                new PyReturn(new PySubscript(Values, Index))),
            Def("SetValueAtIndex", [new("index"), new("value")],
                new PyExpressionStatement(Py.Method(Self, "check", Index)),
                new PyAssign([new PySubscript(Values, Index)], Value)),
        ]);
    }
}
