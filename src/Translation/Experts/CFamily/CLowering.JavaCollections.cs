using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// The methods of Java's lists, maps and sets, as values: what each answers in Java, with the library overload
/// javac picks (<c>remove(int)</c> or <c>remove(Object)</c>), and the types a lambda argument's parameters take.
/// </summary>
internal sealed partial class CLowering
{
    private LoweredExpression LowerJavaListMethod(SyntaxNode node, LoweredExpression list, string name, SyntaxNode[] args)
    {
        var values = LowerArguments(args, list.Type, name);
        var p = list.Python;
        var element = list.Type.ElementType;
        var queue = list.Type.Name is "Queue" or "LinkedList" or "ArrayDeque" or "Deque";
        if (HeapCall(list, name, values) is { } heap)
        {
            return heap;
        }
        if (list.Type.Order is not null && name is not ("size" or "isEmpty" or "clear"))
        {
            throw Unsupported(node, $"'{name}' on a priority queue in a comparator's order (its elements are stored wrapped)");
        }
        return (name, values.Length) switch
        {
            ("size", 0) => new(Py.Length(p), CType.Int),
            ("clone", 0) => new(new PySubscript(p, new PySlice(null, null)), list.Type),
            ("subList", 2) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), AsNumber(values[1]))), CType.ListOf(element, "subList")),
            ("isEmpty" or "empty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            ("get", 1) => new(new PySubscript(p, AsNumber(values[0])), element),
            ("contains", 1) => new(Py.Compare(values[0].Python, PyCompareOperator.In, p), CType.Bool),
            ("indexOf", 1) => new(new PyConditional(Py.Compare(values[0].Python, PyCompareOperator.In, p), Py.Method(p, "index", values[0].Python), Py.Number(-1)), CType.Int),
            ("peek" or "peekFirst" or "getFirst" or "element", 0) when queue || name != "peek" => new(new PySubscript(p, Py.Number(0)), element),
            ("peek" or "peekLast" or "getLast" or "lastElement", 0) => new(new PySubscript(p, Py.Number(-1)), element),
            ("pop", 0) when !queue => new(Py.Method(p, "pop"), element),
            ("poll" or "pollFirst" or "removeFirst" or "remove" or "pop", 0) => new(Py.Method(p, "pop", Py.Number(0)), element),
            ("pollLast" or "removeLast", 0) => new(Py.Method(p, "pop"), element),
            ("remove", 1) when RemovesAtIndex(node, values[0], list.Type) => new(Py.Method(p, "pop", AsNumber(values[0])), element),
            // remove(Object) answers whether the value was there.
            ("remove", 1) when IsPlain(p) && IsPlain(values[0].Python) => new(new PyBoolean(Py.Compare(values[0].Python, PyCompareOperator.In, p),
                PyBooleanOperator.And, Py.Compare(Py.Method(p, "remove", values[0].Python), PyCompareOperator.Is, PyConstant.None)), CType.Bool),
            ("search", 1) when list.Type.Name == "Stack" => new(new PyConditional(Py.Compare(values[0].Python, PyCompareOperator.In, p),
                Py.Plus(Py.Method(new PySubscript(p, new PySlice(null, null, Py.Number(-1))), "index", values[0].Python), 1), Py.Number(-1)), CType.Int),
            ("stream", 0) => throw Unsupported(node, "streams"),
            _ => new(ValueDiscarded(node) && LowerJavaMutation(node, list, name, values) is PyExpressionStatement { Expression: var e } ? e : throw Unsupported(node, $"the list method '{name}' as a value"), CType.Unknown),
        };
    }

    /// <summary>
    /// Whether the call's value is thrown away (a statement, or a lambda's body, as in <c>forEach(x -> list.add(x))</c>):
    /// only then may a method that Java answers with a value (<c>add</c>, <c>remove</c>) become a Python call that
    /// answers None.
    /// </summary>
    private static bool ValueDiscarded(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is { Type: "parenthesized_expression" } enclosing)
        {
            parent = enclosing.Parent;
        }
        return parent is null or { Type: "expression_statement" or "lambda_expression" };
    }

    /// <summary>An empty container or a literal: making one has no effect, so it may be made before it is needed.</summary>
    private static bool IsFresh(PyExpression made) => made is PyList { Items.Count: 0 } or PyDict { Entries.Count: 0 } or PySet { Items.Count: 0 }
        or PyNumber or PyString or PyConstant or PyCall { Function: PyName { Id: "list" or "set" or "dict" or "deque" }, Arguments.Count: 0 };

    /// <summary>A name, a field or a literal: safe to evaluate twice.</summary>
    private static bool IsPlain(PyExpression e) => e is PyName or PyNumber or PyString or PyConstant or PyMember { Value: PyName };

    /// <summary>
    /// Whether Java's <c>list.remove(x)</c> is <c>remove(int index)</c>: x is a primitive integer or char (a literal,
    /// arithmetic, a variable declared <c>int</c>), not a wrapper such as <c>Integer.valueOf(8)</c> or an
    /// <c>Integer</c> variable, which picks <c>remove(Object)</c>. On a list of strings an int can only be an index.
    /// </summary>
    private static bool RemovesAtIndex(SyntaxNode call, LoweredExpression argument, CType list)
    {
        if (argument.Type.Kind is not (CKind.Int or CKind.Char))
        {
            return false;
        }
        var node = Arguments(call)[0];
        while (node.Type == "parenthesized_expression")
        {
            node = node.NamedChildren[0];
        }
        var boxed = node.Type switch
        {
            "binary_expression" or "unary_expression" or "update_expression" or "decimal_integer_literal" or "hex_integer_literal" or "character_literal" => false,
            "method_invocation" when node.ChildByField("name")?.Text == "valueOf" => true,
            "cast_expression" => node.ChildByField("type")?.Text is "Integer" or "Long" or "Short" or "Byte" or "Character" or "Object",
            _ => argument.Type.Boxed,
        };
        return !boxed || list.ElementType.Kind is not (CKind.Int or CKind.Char or CKind.Unknown);
    }

    private LoweredExpression LowerJavaMapMethod(SyntaxNode node, LoweredExpression map, string name, SyntaxNode[] args)
    {
        var values = LowerArguments(args, map.Type, name);
        var p = map.Python;
        var key = map.Type.Key ?? CType.Unknown;
        if (LowerNavigableMap(node, map, name, values) is { } navigated)
        {
            return navigated;
        }
        return (name, values.Length) switch
        {
            ("get", 1) when map.Type.MissingValue is { } missing => new(Py.Method(p, "get", Coerce(values[0], key), missing), map.Type.ElementType),
            ("get", 1) => new(Py.Method(p, "get", Coerce(values[0], key)), map.Type.ElementType),
            ("getOrDefault", 2) => new(Py.Method(p, "get", Coerce(values[0], key), values[1].Python), map.Type.ElementType),
            ("containsKey", 1) => new(Py.Compare(Coerce(values[0], key), PyCompareOperator.In, p), CType.Bool),
            ("containsValue", 1) => new(Py.Compare(values[0].Python, PyCompareOperator.In, Py.Method(p, "values")), CType.Bool),
            ("size", 0) => new(Py.Length(p), CType.Int),
            ("isEmpty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            ("keySet", 0) => new(Py.Method(p, "keys"), new CType(CKind.Set, key, Sorted: map.Type.Sorted)),
            ("values", 0) => new(Py.Method(p, "values"), CType.ListOf(map.Type.ElementType)),
            ("entrySet", 0) => new(Py.Method(p, "items"), CType.ListOf(new CType(CKind.Pair, map.Type.ElementType, key)) with { Sorted = map.Type.Sorted }),
            ("remove", 1) => new(Py.Method(p, "pop", values[0].Python, PyConstant.None), map.Type.ElementType),
            // computeIfAbsent(k, k -> new ArrayList<>()): a fresh value needs no call, setdefault makes it only when k is missing.
            ("computeIfAbsent", 2) when values[1].Python is PyLambda { Parameters: [_], Body: var made } && IsFresh(made) =>
                new(Py.Method(p, "setdefault", Coerce(values[0], key), made), map.Type.ElementType),
            ("computeIfAbsent", 2) when IsPlain(p) && Coerce(values[0], key) is var k && IsPlain(k) =>
                new(new PyConditional(Py.Compare(k, PyCompareOperator.In, p), new PySubscript(p, k), Py.Method(p, "setdefault", k, new PyCall(values[1].Python, [k]))), map.Type.ElementType),
            ("put", 2) when _ctx.Before is { } before => PutValue(before, p, values, map.Type.ElementType),
            _ => new(ValueDiscarded(node) && LowerJavaMutation(node, map, name, values) is PyExpressionStatement { Expression: var e } ? e : throw Unsupported(node, $"the map method '{name}' as a value"), CType.Unknown),
        };
    }

    private static LoweredExpression PutValue(List<PyStatement> before, PyExpression map, LoweredExpression[] values, CType element)
    {
        // put returns the previous value: read it before the assignment runs.
        before.Add(new PyAssign(new PySubscript(map, values[0].Python), values[1].Python));
        return new(PyConstant.None, element);
    }

    private LoweredExpression LowerJavaSetMethod(SyntaxNode node, LoweredExpression set, string name, SyntaxNode[] args)
    {
        var values = LowerArguments(args, set.Type, name);
        var p = set.Python;
        if (LowerNavigableSet(node, set, name, values) is { } navigated)
        {
            return navigated;
        }
        return (name, values.Length) switch
        {
            ("contains", 1) => new(Py.Compare(values[0].Python, PyCompareOperator.In, p), CType.Bool),
            ("size", 0) => new(Py.Length(p), CType.Int),
            ("isEmpty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            // set.add(x) answers whether x was new.
            ("add", 1) when IsPlain(p) && IsPlain(values[0].Python) => new(new PyBoolean(Py.Compare(values[0].Python, PyCompareOperator.NotIn, p),
                PyBooleanOperator.And, Py.Compare(Py.Method(p, "add", values[0].Python), PyCompareOperator.Is, PyConstant.None)), CType.Bool),
            ("add", 1) when _ctx.Before is { } before => AddValue(before, p, values[0].Python),
            ("toArray", 0) => new(Py.Call("list", p), CType.ListOf(set.Type.ElementType)),
            _ => new(ValueDiscarded(node) && LowerJavaMutation(node, set, name, values) is PyExpressionStatement { Expression: var e } ? e : throw Unsupported(node, $"the set method '{name}' as a value"), CType.Unknown),
        };
    }

    private LoweredExpression AddValue(List<PyStatement> before, PyExpression set, PyExpression value)
    {
        // set.add(x) answers whether x was new: test membership first, then add.
        var flag = _ctx.Temporary("added");
        before.Add(new PyAssign(Py.Name(flag), Py.Compare(value, PyCompareOperator.NotIn, set)));
        before.Add(new PyExpressionStatement(Py.Method(set, "add", value)));
        return new(Py.Name(flag), CType.Bool);
    }

    /// <summary>
    /// The arguments of a method of a Java collection, with the types of the parameters of a lambda among them,
    /// which the method decides: <c>list.sort((a, b) -&gt; ...)</c> compares elements, <c>map.forEach((k, v) -&gt; ...)</c>
    /// takes a key and a value.
    /// </summary>
    private LoweredExpression[] LowerArguments(SyntaxNode[] args, CType collection, string method)
    {
        var element = collection.ElementType;
        var key = collection.Key ?? CType.Unknown;
        IReadOnlyList<CType>? hint = (collection.Kind, method) switch
        {
            (CKind.List or CKind.Set, "sort" or "removeIf" or "forEach" or "replaceAll") => [element],
            (CKind.Map, "forEach" or "computeIfPresent" or "compute" or "replaceAll") => [key, element],
            (CKind.Map, "computeIfAbsent") => [key],
            (CKind.Map, "merge") => [element],
            _ => null,
        };
        return hint is null || element.Kind == CKind.Unknown && key.Kind == CKind.Unknown
            ? args.Select(Lower).ToArray()
            : _ctx.WithLambdaHint(hint, () => args.Select(Lower).ToArray());
    }
}
