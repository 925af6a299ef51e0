using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Runtime;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private static SyntaxNode[] Arguments(SyntaxNode call) =>
        call.ChildByField("arguments") is { } list ? list.NamedChildren.Where(c => c.Type != "comment").ToArray() : [];

    private LoweredExpression LowerJavaCall(SyntaxNode node)
    {
        var name = Field(node, "name").Text;
        var receiverNode = node.ChildByField("object");
        var args = Arguments(node);
        if (receiverNode is null || receiverNode.Value.Type == "this")
        {
            return LowerUserCall(node, name, args);
        }
        if (receiverNode.Value.Type == "super" && _ctx.Class is { InStaticMethod: false })
        {
            // super.m(...) runs the base class's m: Python's super().m(...).
            var lowered = args.Select(Lower).ToArray();
            var target = OverloadName(node, name, args, lowered);
            return new(new PyCall(new PyMember(Py.Call("super"), LoweringContext.SafeName(target)), ArgumentsFor(target, lowered)),
                _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown);
        }
        if (TryJavaStream(node) is { } stream)
        {
            return stream;
        }
        var receiverText = ReceiverText(receiverNode.Value);
        switch (receiverText)
        {
            case "Math" or "StrictMath":
                return MathCall(name, args) ?? throw Unsupported(node, $"Math.{name}");
            case "Integer" or "Long" or "Short" or "Byte" or "Double" or "Float" or "Boolean" or "String" or "Character" or "Arrays" or "Collections" or "Comparator" or "List" or "Set" when !_ctx.SourceClasses.Contains(receiverText):
                return LowerJavaStaticCall(node, receiverText, name, args);
            case "System.out" or "System.err":
                throw Unsupported(node, "printing inside an expression");
        }
        var receiver = Lower(receiverNode.Value);
        if (ComparatorMethod(node, receiver, name, args) is { } comparator)
        {
            return comparator;
        }
        return receiver.Type.Kind switch
        {
            CKind.String or CKind.StringBuilder => LowerJavaStringMethod(node, receiver, name, args),
            CKind.Map => LowerJavaMapMethod(node, receiver, name, args),
            CKind.Set => LowerJavaSetMethod(node, receiver, name, args),
            CKind.List => LowerJavaListMethod(node, receiver, name, args),
            _ => LowerJavaUntypedMethod(node, receiver, name, args),
        };
    }

    private LoweredExpression LowerUserCall(SyntaxNode node, string name, SyntaxNode[] args)
    {
        if (!_ctx.TakeOutParameterCall() && _ctx.OutParameters.ContainsKey(name))
        {
            return OutParametersInExpression(node, name, args);
        }
        var lowered = args.Select(Lower).ToArray();
        var target = OverloadName(node, name, args, lowered);
        CheckBuildersPassed(node, target, lowered);
        var values = ArgumentsFor(target, lowered);
        var type = _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown;
        if (_ctx.Class is { } cls && cls.Methods.TryGetValue(name, out var isStatic))
        {
            PyExpression owner = isStatic || cls.InStaticMethod ? Py.Name(IsJava ? cls.Name : LoweringContext.SafeName(cls.Name)) : Py.Name("self");
            return new(new PyCall(new PyMember(owner, LoweringContext.SafeName(target)), values), type);
        }
        if (!_ctx.Functions.ContainsKey(target) && _ctx.Tentatively(() => MathCall(name, args)) is { } math)
        {
            return math;
        }
        if (UndeclaredJavaMethod(node, target, values) is { } method)
        {
            return method;
        }
        return new(new PyCall(Py.Name(LoweringContext.SafeName(target)), values), type);
    }

    private LoweredExpression LowerJavaStaticCall(SyntaxNode node, string owner, string name, SyntaxNode[] args)
    {
        var lowered = args.Select(Lower).Take(owner == "Collections" && name is "max" or "min" ? 1 : args.Length).ToList();
        if (lowered.Count < args.Length)
        {
            // Collections.max(list, (a, b) -> ...) compares two elements of the list.
            lowered.Add(_ctx.WithLambdaHint([lowered[0].Type.ElementType], () => Lower(args[1])));
        }
        var values = lowered.ToArray();
        var first = values.Length > 0 ? values[0] : null;
        const string Mask32 = "0xFFFFFFFF";
        const string Mask64 = "0xFFFFFFFFFFFFFFFF";
        var mask = owner == "Long" ? Mask64 : Mask32;
        if (ComparatorCall(node, owner, name, values) is { } comparator)
        {
            return comparator;
        }
        return (owner, name) switch
        {
            // As values, the orders are three-way comparisons (sorting recognises them first and says reverse=True).
            ("Collections", "reverseOrder") when values.Length == 0 => new(Comparison(reverse: true), new CType(CKind.Object, Name: "Comparator")),
            (_, "parseInt" or "parseLong" or "valueOf") when owner is "Integer" or "Long" && first is { Type.Kind: CKind.String } =>
                new(Py.Call("int", values.Select(v => v.Python).ToArray()), CType.Int),
            (_, "valueOf") when owner is "Integer" or "Long" => new(AsNumber(first!), CType.Int),
            (_, "parseDouble" or "parseFloat" or "valueOf") when owner is "Double" or "Float" => new(Py.Call("float", first!.Python), CType.Float),
            (_, "toString") when owner is "Integer" or "Long" or "Double" or "Character" && values.Length == 1 => new(Stringify(first!), CType.String),
            (_, "toHexString" or "toOctalString") when owner is "Integer" or "Long" => new(Py.Call("format",
                Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask)), new PyString(name == "toHexString" ? "x" : "o")), CType.String),
            ("Boolean", "parseBoolean" or "valueOf") when first is { Type.Kind: CKind.String } =>
                new(Py.Compare(Py.Method(new PyBoolean(first.Python, PyBooleanOperator.Or, new PyString(string.Empty)), "lower"), PyCompareOperator.Equal, new PyString("true")), CType.Bool),
            ("Boolean", "valueOf") when first is { Type.Kind: CKind.Bool } => first,
            ("Collections", "unmodifiableList" or "unmodifiableSet" or "unmodifiableMap" or "unmodifiableCollection" or "unmodifiableSortedSet" or "unmodifiableSortedMap")
                when values.Length == 1 => first!,
            (_, "toBinaryString") => new(new PySubscript(Py.Call("bin", Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask))), new PySlice(Py.Number(2), null)), CType.String),
            (_, "bitCount") => new(Py.Method(Py.Call("bin", Py.Binary(first!.Python, PyBinaryOperator.BitAnd, new PyNumber(mask))), "count", new PyString("1")), CType.Int),
            (_, "max" or "min" or "abs") when owner != "Collections" => MathCall(name, args)!,
            (_, "compare") when values.Length == 2 => new(Py.Binary(
                Py.Compare(AsNumber(values[0]), PyCompareOperator.Greater, AsNumber(values[1])), PyBinaryOperator.Subtract,
                Py.Compare(AsNumber(values[0]), PyCompareOperator.Less, AsNumber(values[1]))), CType.Int),
            ("Character", "isDigit") => new(Py.Method(first!.Python, "isdigit"), CType.Bool),
            ("Character", "isLetter" or "isAlphabetic") => new(Py.Method(first!.Python, "isalpha"), CType.Bool),
            ("Character", "isLetterOrDigit") => new(Py.Method(first!.Python, "isalnum"), CType.Bool),
            ("Character", "isUpperCase") => new(Py.Method(first!.Python, "isupper"), CType.Bool),
            ("Character", "isLowerCase") => new(Py.Method(first!.Python, "islower"), CType.Bool),
            ("Character", "isWhitespace" or "isSpaceChar") => new(Py.Method(first!.Python, "isspace"), CType.Bool),
            ("Character", "toUpperCase") => new(Py.Method(first!.Python, "upper"), CType.Char),
            ("Character", "toLowerCase") => new(Py.Method(first!.Python, "lower"), CType.Char),
            ("Character", "getNumericValue") => new(Py.Call("int", first!.Python), CType.Int),
            ("String", "valueOf" or "copyValueOf") when first is { Type: { Kind: CKind.List, Element.Kind: CKind.Char } } && values.Length == 1 =>
                new(Py.Method(new PyString(string.Empty), "join", first.Python), CType.String),
            ("String", "valueOf" or "copyValueOf") when values.Length == 3 => new(Py.Method(new PyString(string.Empty), "join",
                new PySubscript(first!.Python, new PySlice(AsNumber(values[1]), Py.Binary(AsNumber(values[1]), PyBinaryOperator.Add, AsNumber(values[2]))))), CType.String),
            ("String", "valueOf" or "copyValueOf") when first!.Type.Kind == CKind.List => new(Py.Method(new PyString(string.Empty), "join", first.Python), CType.String),
            ("String", "valueOf") => new(Stringify(first!), CType.String),
            ("String", "join") when values.Length == 2 => new(Py.Method(first!.Python, "join", values[1].Python), CType.String),
            ("String", "format") => new(Format(args[0], args.Skip(1)), CType.String),
            ("List" or "Set", "of") => new(owner == "Set" ? new PySet(values.Select(v => v.Python).ToArray()) : new PyList(values.Select(v => v.Python).ToArray()),
                owner == "Set" ? new CType(CKind.Set, first?.Type ?? CType.Unknown) : CType.ListOf(first?.Type ?? CType.Unknown)),
            ("Arrays", "asList") => new(values.Length == 1 && first!.Type.Kind == CKind.List ? Py.Call("list", first.Python) : new PyList(values.Select(v => v.Python).ToArray()), CType.ListOf(first?.Type ?? CType.Unknown)),
            ("Arrays", "copyOfRange") => new(new PySubscript(first!.Python, new PySlice(values[1].Python, values[2].Python)), first.Type),
            ("Arrays", "copyOf") => new(new PySubscript(first!.Python, new PySlice(null, values[1].Python)), first.Type),
            ("Arrays", "equals") => new(Py.Compare(first!.Python, PyCompareOperator.Equal, values[1].Python), CType.Bool),
            ("Arrays", "toString" or "deepToString") => new(JavaString(first!.Python), CType.String),
            ("Collections", "max" or "min") when values.Length == 1 => new(Py.Call(name, first!.Python), first.Type.ElementType),
            ("Collections", "max" or "min") when values.Length == 2 => new(new PyCall(Py.Name(name), [first!.Python], [new PyKeyword("key", CompareKey(values[1].Python))]), first.Type.ElementType),
            ("Collections", "frequency") => new(Py.Method(first!.Python, "count", values[1].Python), CType.Int),
            _ => throw Unsupported(node, $"{owner}.{name}"),
        };
    }

    /// <summary>Java's split drops trailing empty strings, Python's str.split keeps them: both go through java_split.</summary>
    private LoweredExpression JavaSplit(PyExpression text, string regex)
    {
        _ctx.Require("re");
        return new(_ctx.Helper(PythonHelpers.JavaSplit, text, new PyString(regex)), CType.ListOf(CType.String));
    }

    private LoweredExpression LowerJavaStringMethod(SyntaxNode node, LoweredExpression s, string name, SyntaxNode[] args)
    {
        var values = args.Select(Lower).ToArray();
        var p = s.Python;
        return (name, values.Length) switch
        {
            ("length", 0) => new(Py.Length(p), CType.Int),
            ("charAt", 1) => new(new PySubscript(p, AsNumber(values[0])), CType.Char),
            ("substring" or "subSequence", 1) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), null)), CType.String),
            ("substring" or "subSequence", 2) => new(new PySubscript(p, new PySlice(AsNumber(values[0]), AsNumber(values[1]))), CType.String),
            ("indexOf", 1) => new(Py.Method(p, "find", values[0].Python), CType.Int),
            ("indexOf", 2) => new(Py.Method(p, "find", values[0].Python, AsNumber(values[1])), CType.Int),
            ("lastIndexOf", 1) => new(Py.Method(p, "rfind", values[0].Python), CType.Int),
            ("equals" or "contentEquals", 1) => new(Py.Compare(p, PyCompareOperator.Equal, values[0].Python), CType.Bool),
            ("equalsIgnoreCase", 1) => new(Py.Compare(Py.Method(p, "lower"), PyCompareOperator.Equal, Py.Method(values[0].Python, "lower")), CType.Bool),
            ("contains", 1) => new(Py.Compare(values[0].Python, PyCompareOperator.In, p), CType.Bool),
            ("startsWith", 1) => new(Py.Method(p, "startswith", values[0].Python), CType.Bool),
            ("endsWith", 1) => new(Py.Method(p, "endswith", values[0].Python), CType.Bool),
            ("isEmpty", 0) => new(Py.Compare(Py.Length(p), PyCompareOperator.Equal, Py.Number(0)), CType.Bool),
            ("toCharArray", 0) => new(Py.Call("list", p), CType.ListOf(CType.Char)),
            ("toUpperCase", 0) => new(Py.Method(p, "upper"), CType.String),
            ("toLowerCase", 0) => new(Py.Method(p, "lower"), CType.String),
            ("trim" or "strip", 0) => new(Py.Method(p, "strip"), CType.String),
            ("repeat", 1) => new(Py.Binary(p, PyBinaryOperator.Multiply, AsNumber(values[0])), CType.String),
            ("concat", 1) => new(Py.Binary(p, PyBinaryOperator.Add, values[0].Python), CType.String),
            ("replace", 2) => new(Py.Method(p, "replace", values[0].Python, values[1].Python), CType.String),
            ("compareTo", 1) => new(_ctx.Helper(PythonHelpers.JavaCompareTo, p, values[0].Python), CType.Int),
            ("toString" or "intern", 0) => s with { Type = CType.String },
            ("reverse", 0) => new(new PySubscript(p, new PySlice(null, null, Py.Number(-1))), s.Type),
            ("split", 1) when values[0].Python is PyString { Value: var regex } && JavaRegex.SplitsLikePython(regex) => JavaSplit(p, regex),
            ("hashCode", 0) => throw Unsupported(node, "String.hashCode"),
            // sb.append(x) as a value (return sb.append("]").toString()): the builder is a local name, rebound in place.
            ("append", 1) when s.Type.Kind == CKind.StringBuilder && p switch { PyName n => n.Id, PyNamedExpression w => w.Target, _ => null } is { } builder =>
                new(new PyNamedExpression(builder, Py.Binary(p, PyBinaryOperator.Add, Stringify(values[0]))), s.Type),
            _ => throw Unsupported(node, $"the String method '{name}'"),
        };
    }

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

    /// <summary><c>lambda a, b: (a &gt; b) - (a &lt; b)</c>: Java's natural order as a comparator (its reverse swaps a and b).</summary>
    private static PyLambda Comparison(bool reverse)
    {
        var (a, b) = reverse ? (Py.Name("b"), Py.Name("a")) : (Py.Name("a"), Py.Name("b"));
        return new PyLambda(["a", "b"], Py.Binary(Py.Compare(a, PyCompareOperator.Greater, b), PyBinaryOperator.Subtract, Py.Compare(a, PyCompareOperator.Less, b)));
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

    private LoweredExpression LowerJavaUntypedMethod(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args)
    {
        var lowered = args.Select(Lower).ToArray();
        var values = lowered.Select(a => a.Python).ToArray();
        if (receiver.Type is { Kind: CKind.Object, Name: { } className } && _ctx.Classes.TryGetValue(className, out var declared) && declared.Methods.ContainsKey(name))
        {
            // A method of a class of the source (its own size(), equals(), length()) is called, not read as the library's.
            return UserMethodCall(node, receiver, name, args, lowered);
        }
        if (FunctionalCall(receiver, name, lowered) is { } call)
        {
            return call;
        }
        if (receiver.Type.Kind == CKind.Unknown && StringOnlyMethods.Contains(name) && !_ctx.MethodNames.Contains(name))
        {
            // Only a String has these (a lambda's parameter whose type the lambda does not say, for one).
            return LowerJavaStringMethod(node, receiver with { Type = CType.String }, name, args);
        }
        return (name, values.Length) switch
        {
            ("getMessage" or "getLocalizedMessage", 0) when IsException(receiver.Type) => new(Py.Call("str", receiver.Python), CType.String),
            ("getKey", 0) => new(new PySubscript(receiver.Python, Py.Number(0)), receiver.Type.Key ?? CType.Unknown),
            ("getValue", 0) => new(new PySubscript(receiver.Python, Py.Number(1)), receiver.Type.Element ?? CType.Unknown),
            ("length" or "size", 0) => new(Py.Length(receiver.Python), CType.Int),
            ("equals", 1) => new(Py.Compare(receiver.Python, PyCompareOperator.Equal, values[0]), CType.Bool),
            ("intValue" or "longValue", 0) => new(receiver.Python, CType.Int),
            ("doubleValue", 0) => new(receiver.Python, CType.Float),
            ("compareTo", 1) => new(Py.Binary(Py.Compare(receiver.Python, PyCompareOperator.Greater, values[0]), PyBinaryOperator.Subtract,
                Py.Compare(receiver.Python, PyCompareOperator.Less, values[0])), CType.Int),
            _ when _ctx.Class is not null || receiver.Type.Kind == CKind.Object =>
                UserMethodCall(node, receiver, name, args, lowered),
            _ => throw Unsupported(node, $"the method '{name}' on a value of unknown type"),
        };
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

    /// <summary>Methods of java.lang.String that no other class of the Java library has.</summary>
    private static readonly HashSet<string> StringOnlyMethods = new(StringComparer.Ordinal)
    {
        "toUpperCase", "toLowerCase", "charAt", "substring", "trim", "strip", "startsWith", "endsWith", "toCharArray",
        "equalsIgnoreCase", "compareToIgnoreCase", "repeat", "split",
    };

    /// <summary><c>cmp_to_key(comparator)</c>, for a <c>key=</c> argument.</summary>
    private PyCall CompareKey(PyExpression comparator)
    {
        _ctx.Require("functools", "cmp_to_key");
        return Py.Call("cmp_to_key", comparator);
    }

    private LoweredExpression UserMethodCall(SyntaxNode node, LoweredExpression receiver, string name, SyntaxNode[] args, LoweredExpression[] lowered)
    {
        var target = OverloadName(node, name, args, lowered);
        CheckBuildersPassed(node, target, lowered);
        return new(new PyCall(new PyMember(receiver.Python, LoweringContext.SafeName(target)), ArgumentsFor(target, lowered)),
            _ctx.Functions.GetValueOrDefault(target) ?? CType.Unknown);
    }

    /// <summary>Whether a value is a caught or created exception (a library one, or a class of the source that extends one).</summary>
    private bool IsException(CType type)
    {
        for (var name = type.Name; name is not null; name = _ctx.BaseClasses.GetValueOrDefault(name))
        {
            if (name.EndsWith("Exception", StringComparison.Ordinal) || name.EndsWith("Error", StringComparison.Ordinal) || name == "Throwable")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A receiver's text without spaces, and without the package of a library class written out in full
    /// (<c>java.util.Arrays.sort(a)</c> is <c>Arrays.sort(a)</c>).</summary>
    private static string ReceiverText(SyntaxNode receiver)
    {
        var text = receiver.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var package in (string[])["java.util.", "java.lang."])
        {
            if (text.StartsWith(package, StringComparison.Ordinal) && text.IndexOf('.', package.Length) < 0)
            {
                return text[package.Length..];
            }
        }
        return text;
    }
}
