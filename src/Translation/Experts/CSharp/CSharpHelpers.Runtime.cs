using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>The longer helpers, built node by node: .NET exception messages, multicast delegates, case-insensitive dictionaries.</summary>
internal static partial class CSharpHelpers
{
    private static readonly PyTuple PythonZeroDivisionMessages = new(
        [.. new[] { "division by zero", "integer division or modulo by zero", "integer modulo by zero", "float division by zero" }.Select(m => new PyString(m))]);

    /// <summary>
    /// <code>
    /// def exception_message(e):
    ///     if type(e) is KeyError:
    ///         return "The given key '{}' was not present in the dictionary.".format(e.args[0])
    ///     if type(e) is ZeroDivisionError and str(e) in ("division by zero", "integer division or modulo by zero", "integer modulo by zero", "float division by zero"):
    ///         return "Attempted to divide by zero."
    ///     if type(e) is IndexError and str(e).endswith("index out of range"):
    ///         return "Index was outside the bounds of the array."
    ///     return str(e)
    /// </code>
    /// </summary>
    private static PyFunctionDef ExceptionMessageDefinition()
    {
        var e = Py.Name("e");
        PyExpression Is(string type) => Py.Compare(Py.Call("type", e), PyCompareOperator.Is, Py.Name(type));
        PyExpression EndsWith(string text) => Py.Method(Py.Call("str", e), "endswith", new PyString(text));
        return new PyFunctionDef(ExceptionMessage, [new("e")],
        [
            new PyIf(Is("KeyError"), [new PyReturn(Py.Method(new PyString("The given key '{}' was not present in the dictionary."), "format", new PySubscript(new PyMember(e, "args"), Py.Number(0))))], []),
            new PyIf(new PyBoolean(Is("ZeroDivisionError"), PyBooleanOperator.And, Py.Compare(Py.Call("str", e), PyCompareOperator.In, PythonZeroDivisionMessages)), [new PyReturn(new PyString("Attempted to divide by zero."))], []),
            new PyIf(new PyBoolean(Is("IndexError"), PyBooleanOperator.And, EndsWith("index out of range")), [new PyReturn(new PyString("Index was outside the bounds of the array."))], []),
            new PyReturn(Py.Call("str", e)),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_single(items, matching, *default):
    ///     found = list(itertools.islice(items, 2))
    ///     if len(found) == 1: return found[0]
    ///     if not found and default: return default[0]
    ///     raise RuntimeError("Sequence contains " + ("more than one" if found else "no") + (" matching element" if matching else " element" if found else " elements"))
    /// </code>
    /// </summary>
    private static PyFunctionDef SingleDefinition()
    {
        var found = Py.Name("found");
        var matching = Py.Name("matching");
        var many = new PyConditional(found, new PyString("more than one"), new PyString("no"));
        var noun = new PyConditional(matching, new PyString(" matching element"), new PyConditional(found, new PyString(" element"), new PyString(" elements")));
        return new PyFunctionDef(Single, [new("items"), new("matching"), new("*default")],
        [
            new PyAssign([found], Py.Call("list", Py.Call("itertools.islice", Py.Name("items"), Py.Number(2)))),
            new PyIf(Py.Compare(Py.Length(found), PyCompareOperator.Equal, Py.Number(1)), [new PyReturn(new PySubscript(found, Py.Number(0)))], []),
            new PyIf(new PyBoolean(new PyUnary(PyUnaryOperator.Not, found), PyBooleanOperator.And, Py.Name("default")), [new PyReturn(new PySubscript(Py.Name("default"), Py.Number(0)))], []),
            new PyRaise(Py.Call("RuntimeError", Py.Binary(Py.Binary(new PyString("Sequence contains "), PyBinaryOperator.Add, many), PyBinaryOperator.Add, noun))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def cs_div(a, b):
    ///     if b == 0:
    ///         return math.nan if a == 0 or a != a else math.copysign(math.inf, a) * math.copysign(1.0, b)
    ///     return a / b
    /// </code>
    /// </summary>
    private static PyFunctionDef DivideDefinition()
    {
        var a = Py.Name("a");
        var b = Py.Name("b");
        var nan = new PyBoolean(Py.Compare(a, PyCompareOperator.Equal, Py.Number(0)), PyBooleanOperator.Or, Py.Compare(a, PyCompareOperator.NotEqual, a));
        var infinity = Py.Binary(Py.Call("math.copysign", Py.Name("math.inf"), a), PyBinaryOperator.Multiply, Py.Call("math.copysign", new PyNumber("1.0"), b));
        return new PyFunctionDef(Divide, [new("a"), new("b")],
        [
            new PyIf(Py.Compare(b, PyCompareOperator.Equal, Py.Number(0)), [new PyReturn(new PyConditional(nan, Py.Name("math.nan"), infinity))], []),
            new PyReturn(Py.Binary(a, PyBinaryOperator.Divide, b)),
        ]);
    }

    /// <summary>
    /// <code>
    /// def type_name(t):
    ///     t = t[0] if isinstance(t, tuple) else t
    ///     return {ValueError: "FormatException", ...}.get(t, t.__name__)
    /// </code>
    /// A library exception is caught as a tuple whose first class is the one it is raised as; a Python error
    /// answers with the .NET exception it stands for.
    /// </summary>
    private static PyFunctionDef TypeNameDefinition()
    {
        var t = Py.Name("t");
        return new PyFunctionDef(TypeName, [new("t")],
        [
            new PyAssign([t], new PyConditional(Py.Call("isinstance", t, Py.Name("tuple")), new PySubscript(t, Py.Number(0)), t)),
            new PyReturn(Py.Method(
                new PyDict([.. CSharpLibrary.DotNetNamesOfPythonErrors().Select(n => new PyDictEntry(Py.Name(n.Python), new PyString(n.DotNet)))]),
                "get", t, new PyMember(t, "__name__"))),
        ]);
    }

    /// <summary>
    /// <code>
    /// class Multicast:
    ///     def __init__(self, functions):
    ///         self.functions = functions
    ///     def __call__(self, *args):
    ///         result = None
    ///         for function in self.functions:
    ///             result = function(*args)
    ///         return result
    /// </code>
    /// </summary>
    private static PyClassDef MulticastDefinition()
    {
        var self = Py.Name("self");
        return new PyClassDef("Multicast", [],
        [
            new PyFunctionDef("__init__", [new("self"), new("functions")], [new PyAssign([new PyMember(self, "functions")], Py.Name("functions"))]),
            new PyFunctionDef("__call__", [new("self"), new("*args")],
            [
                new PyAssign([Py.Name("result")], PyConstant.None),
                new PyFor(Py.Name("function"), new PyMember(self, "functions"), [new PyAssign([Py.Name("result")], Py.Call("function", Py.Name("*args")))]),
                new PyReturn(Py.Name("result")),
            ]),
        ]);
    }

    /// <summary><c>def handlers(d): return () if d is None else d.functions if isinstance(d, Multicast) else (d,)</c></summary>
    private static PyFunctionDef HandlersDefinition()
    {
        var d = Py.Name("d");
        return new PyFunctionDef("handlers", [new("d")],
        [
            new PyReturn(new PyConditional(Py.Compare(d, PyCompareOperator.Is, PyConstant.None), new PyTuple([]),
                new PyConditional(Py.Call("isinstance", d, Py.Name("Multicast")), new PyMember(d, "functions"), new PyTuple([d])))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def delegate_remove(d, f):
    ///     functions = list(handlers(d))
    ///     for i in range(len(functions) - 1, -1, -1):
    ///         if functions[i] == f:
    ///             del functions[i]   (written as functions.pop(i))
    ///             break
    ///     return Multicast(tuple(functions)) if functions else None
    /// </code>
    /// </summary>
    private static PyFunctionDef DelegateRemoveDefinition()
    {
        var (functions, i) = (Py.Name("functions"), Py.Name("i"));
        var minusOne = new PyUnary(PyUnaryOperator.Negate, Py.Number(1));
        return new PyFunctionDef(DelegateRemove, [new("d"), new("f")],
        [
            new PyAssign([functions], Py.Call("list", Py.Call("handlers", Py.Name("d")))),
            new PyFor(i, Py.Call("range", Py.Plus(Py.Length(functions), -1), minusOne, minusOne),
            [
                new PyIf(Py.Compare(new PySubscript(functions, i), PyCompareOperator.Equal, Py.Name("f")),
                    [new PyExpressionStatement(Py.Method(functions, "pop", i)), new PyBreak()], []),
            ]),
            new PyReturn(new PyConditional(functions, Py.Call("Multicast", Py.Call("tuple", functions)), PyConstant.None)),
        ]);
    }

    /// <summary>
    /// <code>
    /// class IgnoreCaseDict(dict):
    ///     def __init__(self, items=()):
    ///         super().__init__()
    ///         self.spelling = {}
    ///         for key, value in items:
    ///             self[key] = value
    ///     def __setitem__(self, key, value):
    ///         super().__setitem__(self.spelling.setdefault(key.upper(), key), value)
    ///     def __getitem__(self, key):
    ///         return super().__getitem__(self.spelling.get(key.upper(), key))
    ///     def __contains__(self, key):
    ///         return key.upper() in self.spelling
    ///     def __delitem__(self, key):
    ///         super().__delitem__(self.spelling.pop(key.upper(), key))
    ///     def get(self, key, default=None):
    ///         return self[key] if key in self else default
    ///     def pop(self, key, *default):
    ///         return super().pop(self.spelling.pop(key.upper(), key), *default)
    /// </code>
    /// </summary>
    private static PyClassDef IgnoreCaseDictDefinition()
    {
        var (self, key, value) = (Py.Name("self"), Py.Name("key"), Py.Name("value"));
        var spelling = new PyMember(self, "spelling");
        var upper = Py.Method(key, "upper");
        PyExpression Super(string method, params PyExpression[] arguments) => Py.Method(new PyCall(Py.Name("super"), []), method, arguments);
        return new PyClassDef(IgnoreCaseDict, [Py.Name("dict")],
        [
            new PyFunctionDef("__init__", [new("self"), new("items", new PyTuple([]))],
            [
                new PyExpressionStatement(Super("__init__")),
                new PyAssign([spelling], new PyDict([])),
                new PyFor(new PyTuple([key, value]), Py.Name("items"), [new PyAssign([new PySubscript(self, key)], value)]),
            ]),
            new PyFunctionDef("__setitem__", [new("self"), new("key"), new("value")],
                [new PyExpressionStatement(Super("__setitem__", Py.Method(spelling, "setdefault", upper, key), value))]),
            new PyFunctionDef("__getitem__", [new("self"), new("key")], [new PyReturn(Super("__getitem__", Py.Method(spelling, "get", upper, key)))]),
            new PyFunctionDef("__contains__", [new("self"), new("key")], [new PyReturn(Py.Compare(upper, PyCompareOperator.In, spelling))]),
            new PyFunctionDef("__delitem__", [new("self"), new("key")], [new PyExpressionStatement(Super("__delitem__", Py.Method(spelling, "pop", upper, key)))]),
            new PyFunctionDef("get", [new("self"), new("key"), new("default", PyConstant.None)],
                [new PyReturn(new PyConditional(Py.Compare(key, PyCompareOperator.In, self), new PySubscript(self, key), Py.Name("default")))]),
            new PyFunctionDef("pop", [new("self"), new("key"), new("*default")], [new PyReturn(Super("pop", Py.Method(spelling, "pop", upper, key), Py.Name("*default")))]),
        ]);
    }

    /// <summary>
    /// A set whose strings compare upper-cased and keep their first spelling (iteration gives those spellings).
    /// <code>
    /// class IgnoreCaseSet(set):
    ///     def __init__(self, items=()): super().__init__(); self.spelling = {}; self.update(items)
    ///     def add(self, item): if item.upper() not in self.spelling: self.spelling[item.upper()] = item; super().add(item)
    ///     def update(self, items): for item in items: self.add(item)
    ///     def __contains__(self, item): return item.upper() in self.spelling
    ///     def remove(self, item): super().remove(self.spelling.pop(item.upper()))
    ///     def discard(self, item): if item in self: self.remove(item)
    ///     def clear(self): super().clear(); self.spelling.clear()
    ///     (the other set operations raise NotImplementedError: they would compare by exact spelling)
    /// </code>
    /// </summary>
    private static readonly string[] ExactSpellingSetOperations =
        ["intersection_update", "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint", "__eq__"];

    private static PyClassDef IgnoreCaseSetDefinition()
    {
        var (self, item) = (Py.Name("self"), Py.Name("item"));
        var spelling = new PyMember(self, "spelling");
        var upper = Py.Method(item, "upper");
        PyExpression Super(string method, params PyExpression[] arguments) => Py.Method(new PyCall(Py.Name("super"), []), method, arguments);
        var unsupported = ExactSpellingSetOperations.Select(name => (PyStatement)new PyFunctionDef(name, [new("self"), new("other")],
                [new PyRaise(Py.Call("NotImplementedError", new PyString($"C# not translated: {name} on a set compared by StringComparer.OrdinalIgnoreCase")))]));
        return new PyClassDef(IgnoreCaseSet, [Py.Name("set")],
        [
            new PyFunctionDef("__init__", [new("self"), new("items", new PyTuple([]))],
            [
                new PyExpressionStatement(Super("__init__")),
                new PyAssign([spelling], new PyDict([])),
                new PyExpressionStatement(Py.Method(self, "update", Py.Name("items"))),
            ]),
            new PyFunctionDef("add", [new("self"), new("item")],
            [
                new PyIf(Py.Compare(upper, PyCompareOperator.NotIn, spelling),
                    [new PyAssign([new PySubscript(spelling, upper)], item), new PyExpressionStatement(Super("add", item))], []),
            ]),
            new PyFunctionDef("update", [new("self"), new("items")], [new PyFor(item, Py.Name("items"), [new PyExpressionStatement(Py.Method(self, "add", item))])]),
            new PyFunctionDef("__contains__", [new("self"), new("item")], [new PyReturn(Py.Compare(upper, PyCompareOperator.In, spelling))]),
            new PyFunctionDef("remove", [new("self"), new("item")], [new PyExpressionStatement(Super("remove", Py.Method(spelling, "pop", upper)))]),
            new PyFunctionDef("discard", [new("self"), new("item")],
                [new PyIf(Py.Compare(item, PyCompareOperator.In, self), [new PyExpressionStatement(Py.Method(self, "remove", item))], [])]),
            new PyFunctionDef("clear", [new("self")], [new PyExpressionStatement(Super("clear")), new PyExpressionStatement(Py.Method(spelling, "clear"))]),
            .. unsupported,
        ]);
    }
}
