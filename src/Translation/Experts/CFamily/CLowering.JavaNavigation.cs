using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java's navigable collections, <c>TreeSet</c> and <c>TreeMap</c>, over Python's set and dict. Python keeps no
/// order, so each query scans: <c>first()</c> is <c>min(s)</c>, <c>ceiling(x)</c> is the least element not below x
/// (<c>None</c> when there is none, as Java's null), <c>headSet(x)</c> a new set of the elements below x. Linear
/// time where Java takes logarithmic, and the same answers. Views (<c>headSet</c>, <c>tailMap</c>) are copies:
/// a change made through one is reported, not lost silently (only reading them is translated).
/// </summary>
internal sealed partial class CLowering
{
    private LoweredExpression? LowerNavigableSet(SyntaxNode node, LoweredExpression set, string name, LoweredExpression[] values)
    {
        if (!set.Type.Sorted)
        {
            return null;
        }
        var p = set.Python;
        var element = set.Type.ElementType;
        var orNull = element with { Boxed = element.Kind == CKind.Int };
        var subset = new CType(CKind.Set, element, Name: "TreeSet", Sorted: true);
        return (name, values.Length) switch
        {
            ("first", 0) => new(Py.Call("min", p), element),
            ("last", 0) => new(Py.Call("max", p), element),
            ("ceiling" or "floor" or "higher" or "lower", 1) => new(Nearest(p, null, name, values[0].Python), orNull),
            ("headSet" or "tailSet", 1 or 2) when Inclusive(name, values) is { } inclusive =>
                new(Py.Call("set", Where(p, null, Bound(name == "headSet", inclusive), values[0].Python)), subset),
            ("subSet", 2) => new(Py.Call("set", Between(p, null, values[0].Python, values[1].Python)), subset),
            ("pollFirst" or "pollLast", 0) when _ctx.Before is { } before => Poll(before, p, name == "pollFirst", orNull, key: null),
            ("descendingSet" or "descendingIterator", 0) => throw Unsupported(node, $"TreeSet.{name}"),
            _ => null,
        };
    }

    private LoweredExpression? LowerNavigableMap(SyntaxNode node, LoweredExpression map, string name, LoweredExpression[] values)
    {
        if (!map.Type.Sorted)
        {
            return null;
        }
        var p = map.Python;
        var key = map.Type.Key ?? CType.Unknown;
        var keyOrNull = key with { Boxed = key.Kind == CKind.Int };
        var entry = new CType(CKind.Pair, map.Type.ElementType, key);
        var items = Py.Method(p, "items");
        return (name, values.Length) switch
        {
            ("firstKey", 0) => new(Py.Call("min", p), key),
            ("lastKey", 0) => new(Py.Call("max", p), key),
            ("firstEntry", 0) => new(new PyCall(Py.Name("min"), [items], [new PyKeyword("default", PyConstant.None)]), entry),
            ("lastEntry", 0) => new(new PyCall(Py.Name("max"), [items], [new PyKeyword("default", PyConstant.None)]), entry),
            ("ceilingKey" or "floorKey" or "higherKey" or "lowerKey", 1) => new(Nearest(p, null, name[..^3], values[0].Python), keyOrNull),
            ("ceilingEntry" or "floorEntry" or "higherEntry" or "lowerEntry", 1) => new(Nearest(items, 0, name[..^5], values[0].Python), entry),
            ("headMap" or "tailMap", 1 or 2) when Inclusive(name, values) is { } inclusive =>
                new(Py.Call("dict", Where(items, 0, Bound(name == "headMap", inclusive), values[0].Python)), map.Type),
            ("subMap", 2) => new(Py.Call("dict", Between(items, 0, values[0].Python, values[1].Python)), map.Type),
            ("pollFirstEntry" or "pollLastEntry", 0) when _ctx.Before is { } before => Poll(before, p, name == "pollFirstEntry", entry, key: 0),
            ("descendingMap" or "descendingKeySet" or "navigableKeySet", 0) => throw Unsupported(node, $"TreeMap.{name}"),
            _ => null,
        };
    }

    /// <summary>headSet(x) excludes x, tailSet(x) includes it; the two-argument forms say so with a literal.</summary>
    private static bool? Inclusive(string name, LoweredExpression[] values) => values.Length == 1
        ? name.StartsWith("tail", StringComparison.Ordinal)
        : values[1].Python is PyConstant c && (c == PyConstant.True || c == PyConstant.False) ? c == PyConstant.True : null;

    private static PyCompareOperator Bound(bool below, bool inclusive) => (below, inclusive) switch
    {
        (true, true) => PyCompareOperator.LessOrEqual,
        (true, false) => PyCompareOperator.Less,
        (false, true) => PyCompareOperator.GreaterOrEqual,
        (false, false) => PyCompareOperator.Greater,
    };

    /// <summary><c>min((e for e in xs if e &gt;= x), default=None)</c> and its three siblings; <paramref name="index"/>
    /// compares <c>e[index]</c> (an entry's key) instead of <c>e</c>.</summary>
    private PyCall Nearest(PyExpression elements, int? index, string direction, PyExpression bound)
    {
        var (function, compare) = direction switch
        {
            "ceiling" => ("min", PyCompareOperator.GreaterOrEqual),
            "higher" => ("min", PyCompareOperator.Greater),
            "floor" => ("max", PyCompareOperator.LessOrEqual),
            _ => ("max", PyCompareOperator.Less),
        };
        return new PyCall(Py.Name(function), [Where(elements, index, compare, bound)], [new PyKeyword("default", PyConstant.None)]);
    }

    private PyComprehension Where(PyExpression elements, int? index, PyCompareOperator compare, PyExpression bound)
    {
        var e = Py.Name(_ctx.Temporary("e"));
        var tested = index is { } i ? new PySubscript(e, Py.Number(i)) : (PyExpression)e;
        return new PyComprehension(e, e, elements, Py.Compare(tested, compare, bound), Generator: true);
    }

    private PyComprehension Between(PyExpression elements, int? index, PyExpression low, PyExpression high)
    {
        var e = Py.Name(_ctx.Temporary("e"));
        var tested = index is { } i ? new PySubscript(e, Py.Number(i)) : (PyExpression)e;
        var condition = new PyBoolean(Py.Compare(low, PyCompareOperator.LessOrEqual, tested), PyBooleanOperator.And, Py.Compare(tested, PyCompareOperator.Less, high));
        return new PyComprehension(e, e, elements, condition, Generator: true);
    }

    /// <summary>pollFirst and its kin: the least (greatest) element or entry, removed; null when empty.</summary>
    private LoweredExpression Poll(List<PyStatement> before, PyExpression collection, bool first, CType type, int? key)
    {
        var polled = Py.Name(_ctx.Temporary("polled"));
        var elements = key is null ? collection : Py.Method(collection, "items");
        before.Add(new PyAssign(polled, new PyCall(Py.Name(first ? "min" : "max"), [elements], [new PyKeyword("default", PyConstant.None)])));
        var removed = key is { } k ? Py.Method(collection, "pop", new PySubscript(polled, Py.Number(k))) : Py.Method(collection, "discard", polled);
        before.Add(new PyIf(Py.Compare(polled, PyCompareOperator.IsNot, PyConstant.None), [new PyExpressionStatement(removed)], []));
        return new(polled, type);
    }
}
