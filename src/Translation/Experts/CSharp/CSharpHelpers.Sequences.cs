using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>Helpers for List.RemoveAll as a value, ++/-- on an element inside an expression, decimal.TryParse, Enum.TryParse, enum arithmetic, Dictionary.Add, element assignments as values, and LINQ's Distinct with a comparer, Except and Intersect.</summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>remove_all(s, match)</c>: List.RemoveAll, in place (aliases see it), returning how many it removed.</summary>
    public const string RemoveAll = "remove_all";

    /// <summary><c>cs_step_item(c, k, delta)</c>: <c>++c[k]</c> as an expression; adds delta to the element and returns the new value.</summary>
    public const string StepItem = "cs_step_item";

    /// <summary><c>cs_except(first, second)</c>: LINQ Except, the distinct items of first that second lacks, in first's order.</summary>
    public const string Except = "cs_except";

    /// <summary><c>cs_intersect(first, second)</c>: LINQ Intersect, the distinct items of first that second holds, in first's order.</summary>
    public const string Intersect = "cs_intersect";

    /// <summary><c>try_parse_decimal(s)</c>: (True, value) or (False, 0), as decimal.TryParse with NumberStyles.Number in the invariant culture.</summary>
    public const string TryParseDecimal = "try_parse_decimal";

    /// <summary><c>distinct_by(items, key)</c>: the first item of each key, in order of first appearance, as LINQ's Distinct with a comparer.</summary>
    public const string DistinctBy = "distinct_by";

    /// <summary><c>cs_chunk(items, size)</c>: LINQ's Chunk, lists of <c>size</c> items in order, the last one shorter.</summary>
    public const string Chunk = "cs_chunk";

    /// <summary><c>cs_set_item(c, k, v)</c>: <c>c[k] = v</c> as an expression giving v, as a C# element assignment used as a value.</summary>
    public const string SetItem = "cs_set_item";

    /// <summary><c>try_parse_enum(cls, s, ignore_case)</c>: (True, member) or (False, the zero member or None), as Enum.TryParse: a name (ignoring case if asked) or an integer.</summary>
    public const string TryParseEnum = "try_parse_enum";

    /// <summary><c>dict_add(d, k, v)</c>: Dictionary.Add, which refuses a key already there (ArgumentException) where <c>d[k] = v</c> would replace it.</summary>
    public const string DictAdd = "dict_add";

    /// <summary><c>cs_enum(cls, v)</c>: enum arithmetic's result, the member where one has the value, else the plain int (a C# enum holds any value of its underlying type; a Python enum refuses one it lacks).</summary>
    public const string EnumValue = "cs_enum";

    /// <summary>
    /// NumberStyles.Number in the invariant culture: white space around, one sign in front or behind (white space may
    /// stand before a trailing sign), ASCII digits with thousands separators after the first digit, one decimal point.
    /// </summary>
    private const string NumberStylePattern = @"[ \t\n\v\f\r]*([+-]?)([0-9][0-9,]*)?(?:\.([0-9]*))?[ \t\n\v\f\r]*([+-]?)[ \t\n\v\f\r]*";

    private static readonly PyName Match = new("m");

    private static IReadOnlyList<PyFunctionDef> SequenceDefinitions(string name) => name switch
    {
        // kept = [x for x in s if not match(x)]; removed = len(s) - len(kept); s[:] = kept; return removed
        RemoveAll => [new PyFunctionDef(RemoveAll, [new("s"), new("match")],
        [
            new PyAssign([Py.Name("kept")], new PyComprehension(X, X, S, PyUnary.Not(new PyCall(Py.Name("match"), [X])))),
            new PyAssign([Py.Name("removed")], Py.Binary(Py.Length(S), PyBinaryOperator.Subtract, Py.Length(Py.Name("kept")))),
            new PyAssign([new PySubscript(S, new PySlice(null, null))], Py.Name("kept")),
            new PyReturn(Py.Name("removed")),
        ])],
        // c[k] += delta; return c[k]
        StepItem => [new PyFunctionDef(StepItem, [new("c"), new("k"), new("delta")],
        [
            new PyAugmentedAssign(new PySubscript(Py.Name("c"), Py.Name("k")), PyBinaryOperator.Add, Py.Name("delta")),
            new PyReturn(new PySubscript(Py.Name("c"), Py.Name("k"))),
        ])],
        TryParseDecimal => [TryParseDecimalDefinition()],
        TryParseEnum => [TryParseEnumDefinition()],
        // seen = {}; for x in items: seen.setdefault(key(x), x); return list(seen.values())
        DistinctBy => [new PyFunctionDef(DistinctBy, [new("items"), new("key")],
        [
            new PyAssign([Py.Name("seen")], new PyDict([])),
            new PyFor(X, Py.Name("items"), [new PyExpressionStatement(Py.Method(Py.Name("seen"), "setdefault", new PyCall(Py.Name("key"), [X]), X))]),
            new PyReturn(Py.Call("list", Py.Method(Py.Name("seen"), "values"))),
        ])],
        // items = list(items); return [items[i:i + size] for i in range(0, len(items), size)]
        Chunk => [new PyFunctionDef(Chunk, [new("items"), new("size")],
        [
            new PyAssign([Py.Name("items")], Py.Call("list", Py.Name("items"))),
            new PyReturn(new PyComprehension(
                new PySubscript(Py.Name("items"), new PySlice(Py.Name("i"), Py.Binary(Py.Name("i"), PyBinaryOperator.Add, Py.Name("size")))),
                Py.Name("i"), Py.Call("range", Py.Number(0), Py.Call("len", Py.Name("items")), Py.Name("size")))),
        ])],
        // c[k] = v; return v
        SetItem => [new PyFunctionDef(SetItem, [new("c"), new("k"), new("v")],
        [
            new PyAssign([new PySubscript(Py.Name("c"), Py.Name("k"))], Py.Name("v")),
            new PyReturn(Py.Name("v")),
        ])],
        // if k in d: raise ArgumentException(...); d[k] = v
        DictAdd => [new PyFunctionDef(DictAdd, [new("d"), new("k"), new("v")],
        [
            new PyIf(Py.Compare(Py.Name("k"), PyCompareOperator.In, Py.Name("d")),
                [new PyRaise(new PyCall(ArgumentError, [Concat(new PyString("An item with the same key has already been added. Key: "), new PyCall(Py.Name(Str), [Py.Name("k")]))]))], []),
            new PyAssign([new PySubscript(Py.Name("d"), Py.Name("k"))], Py.Name("v")),
        ])],
        // try: return cls(v) except ValueError: return v
        EnumValue => [new PyFunctionDef(EnumValue, [new("cls"), new("v")],
        [
            new PyTry([new PyReturn(new PyCall(Py.Name("cls"), [Py.Name("v")]))],
                [new PyExceptHandler(Py.Name("ValueError"), null, [new PyReturn(Py.Name("v"))])], []),
        ])],
        // other = set(second); return [x for x in dict.fromkeys(first) if x not in other]  (in, for Intersect)
        Except or Intersect => [new PyFunctionDef(name, [new("first"), new("second")],
        [
            new PyAssign([Py.Name("other")], Py.Call("set", Py.Name("second"))),
            new PyReturn(new PyComprehension(X, X, Py.Method(Py.Name("dict"), "fromkeys", Py.Name("first")),
                Py.Compare(X, name == Except ? PyCompareOperator.NotIn : PyCompareOperator.In, Py.Name("other")))),
        ])],
        _ => [],
    };

    /// <summary>
    /// <code>
    /// def try_parse_decimal(s):
    ///     m = re.fullmatch(NumberStylePattern, s) if s is not None else None
    ///     if m is None or (m.group(1) and m.group(4)) or not (m.group(2) or m.group(3)):
    ///         return (False, Decimal(0))
    ///     value = Decimal((m.group(1) or m.group(4)) + (m.group(2) or "0").replace(",", "") + "." + (m.group(3) or ""))
    ///     if abs(value) > Decimal("79228162514264337593543950335"):
    ///         return (False, Decimal(0))
    ///     return (True, value)
    /// </code>
    /// (<c>"5."</c> is <c>Decimal("5.")</c>, which keeps no fraction digit, as .NET's 5.)
    /// </summary>
    private static PyFunctionDef TryParseDecimalDefinition()
    {
        PyExpression Group(int i) => Py.Method(Match, "group", Py.Number(i));
        var failed = new PyReturn(new PyTuple([PyConstant.False, Py.Call("decimal.Decimal", Py.Number(0))]));
        var digits = Py.Binary(
            Py.Binary(new PyBoolean(Group(1), PyBooleanOperator.Or, Group(4)), PyBinaryOperator.Add,
                Py.Method(new PyBoolean(Group(2), PyBooleanOperator.Or, new PyString("0")), "replace", new PyString(","), new PyString(string.Empty))),
            PyBinaryOperator.Add,
            Py.Binary(new PyString("."), PyBinaryOperator.Add, new PyBoolean(Group(3), PyBooleanOperator.Or, new PyString(string.Empty))));
        return new PyFunctionDef(TryParseDecimal, [new("s")],
        [
            new PyAssign([Match], new PyConditional(Py.Compare(S, PyCompareOperator.IsNot, PyConstant.None),
                Py.Call("re.fullmatch", new PyString(NumberStylePattern), S), PyConstant.None)),
            new PyIf(new PyBoolean(new PyBoolean(Py.Compare(Match, PyCompareOperator.Is, PyConstant.None), PyBooleanOperator.Or,
                    new PyBoolean(Group(1), PyBooleanOperator.And, Group(4))), PyBooleanOperator.Or, PyUnary.Not(new PyBoolean(Group(2), PyBooleanOperator.Or, Group(3)))),
                [failed], []),
            new PyAssign([Py.Name("value")], Py.Call("decimal.Decimal", digits)),
            new PyIf(Py.Compare(Py.Call("abs", Py.Name("value")), PyCompareOperator.Greater, Py.Call("decimal.Decimal", new PyString("79228162514264337593543950335"))), [failed], []),
            new PyReturn(new PyTuple([PyConstant.True, Py.Name("value")])),
        ]);
    }

    /// <summary>
    /// <code>
    /// def try_parse_enum(cls, s, ignore_case):
    ///     t = s.strip() if s is not None else ""
    ///     if "," in t: raise NotImplementedError(...)   # .NET reads "A, B" as a combination
    ///     for name, m in cls.__members__.items():
    ///         if name == t or ignore_case and name.upper() == t.upper(): return (True, m)
    ///     if re.fullmatch("[+-]?[0-9]+", t): return (True, cls(int(t)))
    ///     return (False, cls._value2member_map_.get(0))
    /// </code>
    /// </summary>
    private static PyFunctionDef TryParseEnumDefinition()
    {
        var (t, name, m) = (Py.Name("t"), Py.Name("name"), Py.Name("m"));
        var same = new PyBoolean(Py.Compare(name, PyCompareOperator.Equal, t), PyBooleanOperator.Or,
            new PyBoolean(Py.Name("ignore_case"), PyBooleanOperator.And, Py.Compare(Py.Method(name, "upper"), PyCompareOperator.Equal, Py.Method(t, "upper"))));
        return new PyFunctionDef(TryParseEnum, [new("cls"), new("s"), new("ignore_case")],
        [
            new PyAssign([t], new PyConditional(Py.Compare(S, PyCompareOperator.IsNot, PyConstant.None), Py.Method(S, "strip"), new PyString(string.Empty))),
            new PyIf(Py.Compare(new PyString(","), PyCompareOperator.In, t),
                [new PyRaise(Py.Call("NotImplementedError", new PyString("Enum.TryParse of a comma-separated combination is not translated")))], []),
            new PyFor(new PyTuple([name, m]), Py.Method(new PyMember(Py.Name("cls"), "__members__"), "items"),
                [new PyIf(same, [new PyReturn(new PyTuple([PyConstant.True, m]))], [])]),
            new PyIf(Py.Call("re.fullmatch", new PyString("[+-]?[0-9]+"), t),
                [new PyReturn(new PyTuple([PyConstant.True, Py.Call("cls", Py.Call("int", t))]))], []),
            new PyReturn(new PyTuple([PyConstant.False, Py.Method(new PyMember(Py.Name("cls"), "_value2member_map_"), "get", Py.Number(0))])),
        ]);
    }
}
