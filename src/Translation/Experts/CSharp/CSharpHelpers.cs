using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Small Python functions a C# translation calls where Python has no one-expression equivalent; each is added
/// to the output only when used.
/// </summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>cs_raise(e)</c>: raise as an expression (throw expressions, a switch expression with no matching arm).</summary>
    public const string Raise = "cs_raise";

    /// <summary><c>cs_str(x)</c>: a value as C#'s ToString prints it (a whole double without ".0", "E+16" exponents).</summary>
    public const string Str = "cs_str";

    /// <summary><c>set_add(s, x)</c>: HashSet.Add, which returns whether it added.</summary>
    public const string SetAdd = "set_add";

    /// <summary><c>collection_remove(c, x)</c>: List/HashSet.Remove, which returns whether it removed.</summary>
    public const string Remove = "collection_remove";

    /// <summary><c>dict_remove(d, k)</c>: Dictionary.Remove as a value, whether the key was there.</summary>
    public const string DictRemove = "dict_remove";

    /// <summary><c>index_of(seq, x)</c>: IndexOf, -1 when absent.</summary>
    public const string IndexOf = "index_of";

    /// <summary><c>cs_step(obj, name, delta)</c>: <c>++obj.name</c> as an expression; adds delta to the attribute and returns the new value.</summary>
    public const string Step = "cs_step";

    /// <summary><c>completed(x)</c>: Task.FromResult, an awaitable that gives x at once.</summary>
    public const string Completed = "completed";

    /// <summary><c>last_index_of(seq, x)</c>: List.LastIndexOf, -1 when absent.</summary>
    public const string LastIndexOf = "last_index_of";

    /// <summary><c>try_add(d, k, v)</c>: Dictionary.TryAdd, which adds only a new key and returns whether it did.</summary>
    public const string TryAdd = "try_add";

    /// <summary><c>cs_compare(a, b)</c>: CompareTo, -1, 0 or 1.</summary>
    public const string Compare = "cs_compare";

    /// <summary><c>try_parse_int(s)</c>: (True, value) or (False, 0), as int.TryParse.</summary>
    public const string TryParseInt = "try_parse_int";

    /// <summary><c>try_parse_float(s)</c>: (True, value) or (False, 0.0), as double.TryParse.</summary>
    public const string TryParseFloat = "try_parse_float";

    /// <summary><c>@reiterable</c>: an iterator method whose sequence runs the generator again on every iteration, as C#'s does.</summary>
    public const string Reiterable = "reiterable";

    /// <summary><c>group_by(items, key)</c>: LINQ GroupBy, groups (lists with a Key) in order of first appearance.</summary>
    public const string GroupBy = "group_by";

    /// <summary><c>Lookup(...)</c>: ToLookup's result, groups by key, an empty sequence for a missing key, iterated as its groups.</summary>
    public const string ToLookup = "Lookup";

    /// <summary><c>cs_with(obj, A=1)</c>: sets the members of a copied record (a with expression) and returns it.</summary>
    public const string With = "cs_with";

    /// <summary><c>exception_name(e)</c>: an exception's .NET type name; Python's own errors answer with the .NET exception they stand for.</summary>
    public const string ExceptionName = "exception_name";

    /// <summary><c>type_name(t)</c>: <c>typeof(T).Name</c> of a type argument kept at run time (a class, or the tuple of classes a type test takes).</summary>
    public const string TypeName = "type_name";

    /// <summary><c>round_away(x, digits=0)</c>: Math.Round with MidpointRounding.AwayFromZero, scaled as .NET scales a double.</summary>
    public const string RoundAway = "round_away";

    /// <summary>
    /// <c>round_directed(x, digits, mode)</c>: Math.Round with MidpointRounding.ToZero ("ROUND_DOWN"), ToNegativeInfinity
    /// ("ROUND_FLOOR") or ToPositiveInfinity ("ROUND_CEILING"): a decimal quantized so, a double scaled as .NET scales it.
    /// </summary>
    public const string RoundDirected = "round_directed";

    /// <summary><c>priority_push(q, element, priority)</c>: PriorityQueue.Enqueue; an arrival counter breaks ties.</summary>
    public const string PriorityPush = "priority_push";

    /// <summary><c>priority_take(q, remove)</c>: PriorityQueue.TryDequeue/TryPeek as (ok, element, priority).</summary>
    public const string PriorityTake = "priority_take";

    /// <summary><c>cs_checked(value, low, high)</c>: checked arithmetic, OverflowError outside the type's range.</summary>
    public const string Checked = "cs_checked";

    /// <summary><c>IgnoreCaseDict(pairs)</c>: a Dictionary with StringComparer.OrdinalIgnoreCase.</summary>
    public const string IgnoreCaseDict = "IgnoreCaseDict";

    /// <summary><c>IgnoreCaseSet(items)</c>: a HashSet with StringComparer.OrdinalIgnoreCase.</summary>
    public const string IgnoreCaseSet = "IgnoreCaseSet";

    /// <summary><c>delegate_add(d, f)</c>: <c>d += f</c> on an event or delegate: a Multicast calling each handler in order.</summary>
    public const string DelegateAdd = "delegate_add";

    /// <summary><c>delegate_remove(d, f)</c>: <c>d -= f</c>: the handlers without the last f, None when none is left.</summary>
    public const string DelegateRemove = "delegate_remove";

    /// <summary><c>exception_message(e)</c>: an exception's Message; .NET's text where Python raised the error itself.</summary>
    public const string ExceptionMessage = "exception_message";

    /// <summary><c>cs_whole(math.ceil, x)</c>: Math.Ceiling, Truncate or Round of a double: a float, -0.0 for a small negative x, infinities kept.</summary>
    public const string Whole = "cs_whole";

    /// <summary><c>tuple_with(t, {1: v})</c>: a copy of a tuple with some elements replaced (a with expression on a tuple).</summary>
    public const string TupleWith = "tuple_with";

    /// <summary><c>cs_div(a, b)</c>: a double's <c>/</c>, IEEE's infinity or NaN for a zero divisor where Python raises.</summary>
    public const string Divide = "cs_div";

    /// <summary><c>cs_set(obj, name, value)</c>: an assignment to a field or property used as a value; assigns and returns the value.</summary>
    public const string SetMember = "cs_set";

    /// <summary><c>cs_single(items, matching, *default)</c>: LINQ Single/SingleOrDefault, RuntimeError with .NET's message unless exactly one (or, with a default, none).</summary>
    public const string Single = "cs_single";

    /// <summary>The modules a helper needs imported.</summary>
    public static IReadOnlyList<string> Modules(string name) => name switch
    {
        Whole or RoundAway or RoundDirected or Divide or NumberText or MathFunction or Logarithm or LogarithmBase or Power => ["math"],
        Percent => ["decimal", "math"],
        SortedList => ["bisect", "functools"],
        KeyOrderedDict => ["functools"],
        DayOfWeek => ["enum"],
        Single => ["itertools"],
        CSharpNumberFormats.Format => ["decimal", "math"],
        PriorityPush => ["heapq", "itertools"],
        PriorityTake => ["heapq"],
        TryParseDecimal => ["re", "decimal"],
        TryParseEnum => ["re"],
        TryParseDate => ["re", "datetime"],
        AddMonths => ["calendar", "datetime"],
        _ => [],
    };

    private static readonly PyName X = new("x");
    private static readonly PyName S = new("s");

    public static IReadOnlyList<PyFunctionDef> Definitions(string name) => name switch
    {
        Raise => [new PyFunctionDef(Raise, [new("e")], [new PyRaise(Py.Name("e"))])],
        Str => [StrDefinition()],
        SetAdd => [new PyFunctionDef(SetAdd, [new("s"), new("x")],
        [
            new PyIf(Py.Compare(X, PyCompareOperator.In, S), [new PyReturn(PyConstant.False)], []),
            new PyExpressionStatement(Py.Method(S, "add", X)),
            new PyReturn(PyConstant.True),
        ])],
        Remove => [new PyFunctionDef(Remove, [new("s"), new("x")],
        [
            new PyIf(Py.Compare(X, PyCompareOperator.NotIn, S), [new PyReturn(PyConstant.False)], []),
            new PyExpressionStatement(Py.Method(S, "remove", X)),
            new PyReturn(PyConstant.True),
        ])],
        DictRemove => [new PyFunctionDef(DictRemove, [new("d"), new("k")],
        [
            new PyIf(Py.Compare(Py.Name("k"), PyCompareOperator.NotIn, Py.Name("d")), [new PyReturn(PyConstant.False)], []),
            new PyExpressionStatement(Py.Method(Py.Name("d"), "pop", Py.Name("k"))),
            new PyReturn(PyConstant.True),
        ])],
        IndexOf => [new PyFunctionDef(IndexOf, [new("s"), new("x"), new("start", Py.Number(0))],
        [
            new PyFor(Py.Name("i"), Py.Call("range", Py.Name("start"), Py.Length(S)),
                [new PyIf(Py.Compare(new PySubscript(S, Py.Name("i")), PyCompareOperator.Equal, X), [new PyReturn(Py.Name("i"))], [])]),
            new PyReturn(new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
        ])],
        Step => [new PyFunctionDef(Step, [new("obj"), new("name"), new("delta")],
        [
            new PyExpressionStatement(Py.Call("setattr", Py.Name("obj"), Py.Name("name"), Py.Binary(Py.Call("getattr", Py.Name("obj"), Py.Name("name")), PyBinaryOperator.Add, Py.Name("delta")))),
            new PyReturn(Py.Call("getattr", Py.Name("obj"), Py.Name("name"))),
        ])],
        SetMember => [new PyFunctionDef(SetMember, [new("obj"), new("name"), new("value")],
        [
            new PyExpressionStatement(Py.Call("setattr", Py.Name("obj"), Py.Name("name"), Py.Name("value"))),
            new PyReturn(Py.Name("value")),
        ])],
        Completed => [new PyFunctionDef(Completed, [new("x")], [new PyReturn(X)], IsAsync: true)],
        LastIndexOf => [new PyFunctionDef(LastIndexOf, [new("s"), new("x")],
        [
            new PyFor(Py.Name("i"), Py.Call("range", Py.Plus(Py.Length(S), -1), new PyUnary(PyUnaryOperator.Negate, Py.Number(1)), new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
                [new PyIf(Py.Compare(new PySubscript(S, Py.Name("i")), PyCompareOperator.Equal, X), [new PyReturn(Py.Name("i"))], [])]),
            new PyReturn(new PyUnary(PyUnaryOperator.Negate, Py.Number(1))),
        ])],
        TryAdd => [new PyFunctionDef(TryAdd, [new("d"), new("k"), new("v")],
        [
            new PyIf(Py.Compare(Py.Name("k"), PyCompareOperator.In, Py.Name("d")), [new PyReturn(PyConstant.False)], []),
            new PyAssign([new PySubscript(Py.Name("d"), Py.Name("k"))], Py.Name("v")),
            new PyReturn(PyConstant.True),
        ])],
        Compare => [new PyFunctionDef(Compare, [new("a"), new("b")],
        [
            // A generic T : IComparable<T> may be a class of the source: its own CompareTo decides.
            new PyIf(Py.Call("hasattr", Py.Name("a"), new PyString("CompareTo")), [new PyReturn(Py.Method(Py.Name("a"), "CompareTo", Py.Name("b")))], []),
            new PyReturn(Py.Binary(
                Py.Call("int", Py.Compare(Py.Name("a"), PyCompareOperator.Greater, Py.Name("b"))),
                PyBinaryOperator.Subtract,
                Py.Call("int", Py.Compare(Py.Name("a"), PyCompareOperator.Less, Py.Name("b"))))),
        ])],
        TryParseInt => [TryParse(TryParseInt, "int", Py.Number(0))],
        TryParseFloat => [TryParse(TryParseFloat, "float", new PyNumber("0.0"))],
        GroupBy => [GroupByDefinition()],
        // def cs_with(obj, **members): for name, value in members.items(): setattr(obj, name, value); return obj
        With => [new PyFunctionDef(With, [new("obj"), new("**members")],
        [
            new PyFor(new PyTuple([Py.Name("name"), Py.Name("value")]), Py.Method(Py.Name("members"), "items"),
                [new PyExpressionStatement(Py.Call("setattr", Py.Name("obj"), Py.Name("name"), Py.Name("value")))]),
            new PyReturn(Py.Name("obj")),
        ])],
        // def tuple_with(t, changes): return tuple(changes.get(i, item) for i, item in enumerate(t))
        TupleWith => [new PyFunctionDef(TupleWith, [new("t"), new("changes")],
        [
            new PyReturn(Py.Call("tuple", new PyComprehension(
                Py.Method(Py.Name("changes"), "get", Py.Name("i"), Py.Name("item")),
                new PyTuple([Py.Name("i"), Py.Name("item")]),
                Py.Call("enumerate", Py.Name("t")),
                Generator: true))),
        ])],
        CSharpNumberFormats.Format => CSharpNumberFormats.Definitions(),
        Whole => [new PyFunctionDef(Whole, [new("f"), new("x")],
        [
            new PyReturn(new PyConditional(Py.Call("math.isfinite", X), Py.Call("math.copysign", Py.Call("f", X), X), X)),
        ])],
        ExceptionMessage => [ExceptionMessageDefinition()],
        FlagsName => [FlagsNameDefinition()],
        // def cs_checked(value, low, high): if not low <= value <= high: raise OverflowError(...); return value
        Checked => [new PyFunctionDef(Checked, [new("value"), new("low"), new("high")],
        [
            new PyIf(new PyUnary(PyUnaryOperator.Not, new PyBoolean(Py.Compare(Py.Name("low"), PyCompareOperator.LessOrEqual, Py.Name("value")), PyBooleanOperator.And,
                    Py.Compare(Py.Name("value"), PyCompareOperator.LessOrEqual, Py.Name("high")))),
                [new PyRaise(Py.Call("OverflowError", new PyString("Arithmetic operation resulted in an overflow.")))], []),
            new PyReturn(Py.Name("value")),
        ])],
        // def priority_push(q, element, priority, arrival=itertools.count()): heapq.heappush(q, (priority, next(arrival), element))
        PriorityPush => [new PyFunctionDef(PriorityPush, [new("q"), new("element"), new("priority"), new("arrival", Py.Call("itertools.count"))],
        [
            new PyExpressionStatement(Py.Call("heapq.heappush", Py.Name("q"), new PyTuple([Py.Name("priority"), Py.Call("next", Py.Name("arrival")), Py.Name("element")]))),
        ])],
        // def priority_take(q, remove): if not q: return False, None, None; p, _, e = heapq.heappop(q) if remove else q[0]; return True, e, p
        PriorityTake => [new PyFunctionDef(PriorityTake, [new("q"), new("remove")],
        [
            new PyIf(new PyUnary(PyUnaryOperator.Not, Py.Name("q")), [new PyReturn(new PyTuple([PyConstant.False, PyConstant.None, PyConstant.None]))], []),
            new PyAssign([new PyTuple([Py.Name("p"), Py.Name("_"), Py.Name("e")])],
                new PyConditional(Py.Name("remove"), Py.Call("heapq.heappop", Py.Name("q")), new PySubscript(Py.Name("q"), Py.Number(0)))),
            new PyReturn(new PyTuple([PyConstant.True, Py.Name("e"), Py.Name("p")])),
        ])],
        // def round_away(x, digits=0):
        //     if type(x).__name__ == "Decimal": return x.quantize(type(x)(1).scaleb(-digits), "ROUND_HALF_UP")
        //     p = 10.0 ** digits; v = x * p; return math.trunc(v + math.copysign(0.49999999999999994, v)) / p
        RoundAway => [new PyFunctionDef(RoundAway, [new("x"), new("digits", Py.Number(0))],
        [
            new PyIf(Py.Compare(new PyMember(Py.Call("type", X), "__name__"), PyCompareOperator.Equal, new PyString("Decimal")),
                [new PyReturn(Py.Method(X, "quantize", Py.Method(new PyCall(Py.Call("type", X), [Py.Number(1)]), "scaleb", new PyUnary(PyUnaryOperator.Negate, Py.Name("digits"))), new PyString("ROUND_HALF_UP")))], []),
            new PyAssign([Py.Name("p")], Py.Binary(new PyNumber("10.0"), PyBinaryOperator.Power, Py.Name("digits"))),
            new PyAssign([Py.Name("v")], Py.Binary(X, PyBinaryOperator.Multiply, Py.Name("p"))),
            new PyReturn(Py.Binary(Py.Call("math.trunc", Py.Binary(Py.Name("v"), PyBinaryOperator.Add, Py.Call("math.copysign", new PyNumber("0.49999999999999994"), Py.Name("v")))),
                PyBinaryOperator.Divide, Py.Name("p"))),
        ])],
        RoundDirected => [RoundDirectedDefinition()],
        ExceptionName => [new PyFunctionDef(ExceptionName, [new("e")],
        [
            new PyReturn(Py.Method(
                new PyDict([.. CSharpLibrary.DotNetNamesOfPythonErrors().Select(n => new PyDictEntry(Py.Name(n.Python), new PyString(n.DotNet)))]),
                "get", Py.Call("type", Py.Name("e")), new PyMember(Py.Call("type", Py.Name("e")), "__name__"))),
        ])],
        TypeName => [TypeNameDefinition()],
        ToLookup or IgnoreCaseDict or IgnoreCaseSet or LinkedList or SortedList or DayOfWeek => [],
        DelegateAdd => [HandlersDefinition(), new PyFunctionDef(DelegateAdd, [new("d"), new("f")],
            [new PyReturn(Py.Call("Multicast", Py.Binary(Py.Call("handlers", Py.Name("d")), PyBinaryOperator.Add, Py.Call("handlers", Py.Name("f")))))])],
        DelegateRemove => [HandlersDefinition(), DelegateRemoveDefinition()],
        // def reiterable(function): return lambda *args: Sequence(function, args)
        Reiterable => [new PyFunctionDef(Reiterable, [new("function")],
            [new PyReturn(new PyLambda(["*args"], Py.Call("Sequence", Py.Name("function"), Py.Name("args"))))])],
        RemoveAll or StepItem or TryParseDecimal or DictAdd or DistinctBy or SetItem or TryParseEnum or Except or Intersect or EnumValue or Chunk => SequenceDefinitions(name),
        OrderedKeys or OrderedItems => [.. KeyOrderedDefinitions(name).OfType<PyFunctionDef>()],
        KeyOrderedDict => [],
        TryParseDate => [TryParseDateDefinition()],
        AddMonths => [AddMonthsDefinition()],
        Divide => [DivideDefinition()],
        NumberText => [NumberTextDefinition()],
        Percent => [PercentDefinition()],
        MathFunction => [MathFunctionDefinition()],
        Logarithm => [LogarithmDefinition()],
        LogarithmBase => [LogarithmDefinition(), LogarithmBaseDefinition()],
        Power => [PowerDefinition()],
        Single => [SingleDefinition()],
        EqualsIgnoreCase => [EqualsIgnoreCaseDefinition()],
        _ => throw new ArgumentException($"No C# helper is called '{name}'.", nameof(name)),
    };

    /// <summary>Helper classes some helpers need, defined before them.</summary>
    public static IReadOnlyList<PyStatement> Classes(string name) => name switch
    {
        GroupBy => [new PyClassDef("Grouping", [Py.Name("list")],
        [
            new PyFunctionDef("__init__", [new("self"), new("key")],
            [
                new PyExpressionStatement(new PyCall(new PyMember(new PyCall(Py.Name("super"), []), "__init__"), [])),
                new PyAssign([new PyMember(Py.Name("self"), "Key")], Py.Name("key")),
            ]),
        ])],
        // class Lookup(dict): __missing__ gives [] (a key without items), __iter__ the groups
        ToLookup => [new PyClassDef(ToLookup, [Py.Name("dict")],
        [
            new PyFunctionDef("__missing__", [new("self"), new("key")], [new PyReturn(new PyList([]))]),
            new PyFunctionDef("__iter__", [new("self")], [new PyReturn(Py.Call("iter", Py.Method(Py.Name("self"), "values")))]),
        ])],
        IgnoreCaseDict => [IgnoreCaseDictDefinition()],
        IgnoreCaseSet => [IgnoreCaseSetDefinition()],
        LinkedList => [LinkedListNodeDefinition(), LinkedListDefinition()],
        SortedList => [SortedListDefinition()],
        KeyOrderedDict => KeyOrderedDefinitions(name),
        DayOfWeek => [DayOfWeekDefinition()],
        DelegateAdd or DelegateRemove => [MulticastDefinition()],
        Reiterable => [new PyClassDef("Sequence", [],
        [
            new PyFunctionDef("__init__", [new("self"), new("function"), new("args")],
            [
                new PyAssign([new PyMember(Py.Name("self"), "function")], Py.Name("function")),
                new PyAssign([new PyMember(Py.Name("self"), "args")], Py.Name("args")),
            ]),
            new PyFunctionDef("__iter__", [new("self")],
                [new PyReturn(new PyCall(new PyMember(Py.Name("self"), "function"), [new PyName("*self.args")]))]),
        ])],
        _ => [],
    };

    private static PyFunctionDef GroupByDefinition()
    {
        // groups = {}; for item in items: k = key(item); if k not in groups: groups[k] = Grouping(k); groups[k].append(element(item))
        var groups = Py.Name("groups");
        var k = Py.Name("k");
        var item = Py.Name("item");
        return new PyFunctionDef(GroupBy, [new("items"), new("key"), new("element", new PyLambda(["x"], X))],
        [
            new PyAssign([groups], new PyDict([])),
            new PyFor(item, Py.Name("items"),
            [
                new PyAssign([k], new PyCall(Py.Name("key"), [item])),
                new PyIf(Py.Compare(k, PyCompareOperator.NotIn, groups), [new PyAssign([new PySubscript(groups, k)], Py.Call("Grouping", k))], []),
                new PyExpressionStatement(Py.Method(new PySubscript(groups, k), "append", new PyCall(Py.Name("element"), [item]))),
            ]),
            new PyReturn(Py.Call("list", Py.Method(groups, "values"))),
        ]);
    }

    private static PyFunctionDef TryParse(string name, string converter, PyExpression zero) =>
        new(name, [new("s")],
        [
            new PyTry(
                [new PyReturn(new PyTuple([PyConstant.True, Py.Call(converter, S)]))],
                [new PyExceptHandler(new PyTuple([Py.Name("ValueError"), Py.Name("TypeError")]), null, [new PyReturn(new PyTuple([PyConstant.False, zero]))])],
                []),
        ]);

    private static PyFunctionDef StrDefinition()
    {
        // .NET prints the shortest round-trip digits, switching to E notation below 1e-4 and from 1e17 up:
        // if isinstance(x, float):
        //     if x != x: return "NaN"
        //     if x in (float("inf"), float("-inf")): return "Infinity" if x > 0 else "-Infinity"
        //     if x == 0: return "-0" if str(x)[0] == "-" else "0"
        //     if x.is_integer() and abs(x) < 1e17: return str(int(x))
        //     return repr(x).replace("e", "E")
        // if type(x).__name__ == "Decimal": return format(x, "f")   (a decimal: its digits, never an exponent)
        // return str(x)
        // (and None, a null, prints nothing, as in concatenation and interpolation)
        var infinities = new PyTuple([Py.Call("float", new PyString("inf")), Py.Call("float", new PyString("-inf"))]);
        var floatBody = new List<PyStatement>
        {
            new PyIf(Py.Compare(X, PyCompareOperator.NotEqual, X), [new PyReturn(new PyString("NaN"))], []),
            new PyIf(Py.Compare(X, PyCompareOperator.In, infinities),
                [new PyReturn(new PyConditional(Py.Compare(X, PyCompareOperator.Greater, Py.Number(0)), new PyString("Infinity"), new PyString("-Infinity")))], []),
            new PyIf(Py.Compare(X, PyCompareOperator.Equal, Py.Number(0)),
                [new PyReturn(new PyConditional(Py.Compare(new PySubscript(Py.Call("str", X), Py.Number(0)), PyCompareOperator.Equal, new PyString("-")), new PyString("-0"), new PyString("0")))], []),
            new PyIf(new PyBoolean(Py.Method(X, "is_integer"), PyBooleanOperator.And, Py.Compare(Py.Call("abs", X), PyCompareOperator.Less, new PyNumber("1e17"))),
                [new PyReturn(Py.Call("str", Py.Call("int", X)))], []),
            new PyReturn(Py.Method(Py.Call("repr", X), "replace", new PyString("e"), new PyString("E"))),
        };
        return new PyFunctionDef(Str, [new("x")],
        [
            new PyIf(Py.Compare(X, PyCompareOperator.Is, PyConstant.None), [new PyReturn(new PyString(string.Empty))], []),
            new PyIf(Py.Call("isinstance", X, Py.Name("float")), floatBody, []),
            new PyIf(Py.Compare(new PyMember(Py.Call("type", X), "__name__"), PyCompareOperator.Equal, new PyString("Decimal")), [new PyReturn(Py.Call("format", X, new PyString("f")))], []),
            new PyReturn(Py.Call("str", X)),
        ]);
    }
}
