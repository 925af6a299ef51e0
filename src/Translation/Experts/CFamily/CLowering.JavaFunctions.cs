using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java's functions as values: method references (<c>String::length</c> is <c>len</c>, <c>Student::getName</c> the
/// unbound method <c>Student.getName</c>), calls through functional interfaces (<c>f.apply(x)</c> is <c>f(x)</c>), and
/// the comparators <c>Comparator.comparing</c> builds, as three-way comparison lambdas for <c>cmp_to_key</c>.
/// </summary>
internal sealed partial class CLowering
{
    /// <summary>The single method of each functional interface of java.util.function (and Comparator, Runnable),
    /// with the type its call answers (null: not known).</summary>
    private static readonly Dictionary<string, CType?> FunctionalMethods = new(StringComparer.Ordinal)
    {
        ["apply"] = null, ["accept"] = CType.Void, ["get"] = null, ["run"] = CType.Void, ["call"] = null,
        ["test"] = CType.Bool, ["applyAsInt"] = CType.Int, ["applyAsLong"] = CType.Int, ["applyAsDouble"] = CType.Float,
        ["compare"] = CType.Int,
    };

    /// <summary>The type of a comparator the library builds (<c>Comparator.comparing(...)</c>), whose own methods are known.</summary>
    private static readonly CType ComparatorType = new(CKind.Object, Name: "Comparator");

    private static readonly HashSet<string> FunctionalInterfaces = new(StringComparer.Ordinal)
    {
        "Function", "BiFunction", "UnaryOperator", "BinaryOperator", "Predicate", "BiPredicate", "Consumer", "BiConsumer",
        "Supplier", "Runnable", "Callable", "Comparator", "IntFunction", "IntUnaryOperator", "IntBinaryOperator",
        "IntPredicate", "ToIntFunction", "ToLongFunction", "ToDoubleFunction", "ToIntBiFunction", "LongUnaryOperator",
        "LongBinaryOperator", "DoubleUnaryOperator", "DoubleBinaryOperator", "IntConsumer", "IntSupplier", "BooleanSupplier",
    };

    /// <summary><c>f.apply(x)</c> on a value declared as a functional interface: a Python call; null otherwise.</summary>
    private LoweredExpression? FunctionalCall(LoweredExpression receiver, string name, LoweredExpression[] arguments) =>
        receiver.Type is { Kind: CKind.Object, Name: { } type } && FunctionalInterfaces.Contains(type) && !_ctx.SourceClasses.Contains(type)
            && FunctionalMethods.TryGetValue(name, out var answer)
            ? new(new PyCall(receiver.Python, arguments.Select(a => a.Python).ToArray()), answer ?? CType.Unknown)
            : null;

    /// <summary><c>Owner::method</c>, <c>object::method</c>, <c>this::method</c> and <c>Type::new</c> as Python callables.</summary>
    private LoweredExpression LowerMethodReference(SyntaxNode node)
    {
        var owner = node.NamedChildren[0];
        var method = node.NamedChildren.Count > 1 ? node.NamedChildren[^1].Text : "new";
        var ownerText = ReceiverText(owner);
        var a = Py.Name("_a");
        var b = Py.Name("_b");
        PyExpression Lambda1(PyExpression body) => new PyLambda(["_a"], body);
        PyExpression? library = (ownerText, method) switch
        {
            ("Integer" or "Long" or "Double" or "Float", "sum") => new PyLambda(["_a", "_b"], Py.Binary(a, PyBinaryOperator.Add, b)),
            ("Integer" or "Long" or "Double" or "Float" or "Math", "max" or "min") => Py.Name(method),
            ("Math", "abs") => Py.Name("abs"),
            ("Integer" or "Long" or "Double" or "Character" or "String", "compare" or "compareTo") => Comparison(reverse: false),
            ("Integer" or "Long", "parseInt" or "parseLong" or "valueOf") => Py.Name("int"),
            ("Double", "parseDouble" or "valueOf") => Py.Name("float"),
            ("String", "length") => Py.Name("len"),
            ("String", "toUpperCase") => Lambda1(Py.Method(a, "upper")),
            ("String", "toLowerCase") => Lambda1(Py.Method(a, "lower")),
            ("String" or "Objects", "valueOf" or "toString") => Lambda1(JavaString(a)),
            ("String", "isEmpty") => Lambda1(Py.Compare(Py.Length(a), PyCompareOperator.Equal, Py.Number(0))),
            ("Character", "isDigit") => Lambda1(Py.Method(a, "isdigit")),
            ("Character", "isLetter") => Lambda1(Py.Method(a, "isalpha")),
            ("System.out", "println") => Lambda1(Py.Call("print", JavaString(a))),
            ("ArrayList" or "LinkedList" or "ArrayDeque", "new") => Py.Name("list"),
            ("HashSet" or "LinkedHashSet", "new") => Py.Name("set"),
            ("HashMap" or "LinkedHashMap", "new") => Py.Name("dict"),
            ("StringBuilder", "new") => Py.Name("str"),
            _ => null,
        };
        if (library is not null)
        {
            return new(library, CType.Unknown);
        }
        if (_ctx.SourceClasses.Contains(ownerText))
        {
            // Class::method: the Python function itself (unbound for an instance method, so its first argument
            // is the receiver, as Java's); Class::new the class.
            if (method == "new")
            {
                return new(Py.Name(ownerText), CType.Unknown);
            }
            return _ctx.Overloads.ContainsKey(method)
                ? throw Unsupported(node, $"a reference to the overloaded method '{method}'")
                : new(new PyMember(Py.Name(ownerText), LoweringContext.SafeName(method)), CType.Unknown);
        }
        if (owner.Type is "this" or "identifier" or "field_access" && method != "new")
        {
            var receiver = Lower(owner);
            if (owner.Type == "this" || receiver.Type is { Kind: CKind.Object, Name: { } name } && _ctx.SourceClasses.Contains(name))
            {
                // this::helper and tree::insert: the bound method.
                return _ctx.Overloads.ContainsKey(method)
                    ? throw Unsupported(node, $"a reference to the overloaded method '{method}'")
                    : new(new PyMember(receiver.Python, LoweringContext.SafeName(method)), CType.Unknown);
            }
        }
        throw Unsupported(node, $"the method reference {node.Text}");
    }

    /// <summary>
    /// Comparator.comparing(key[, order]), comparingInt/Long/Double(key), and on a comparator thenComparing(key or
    /// comparator) and reversed(): Java comparators as three-way comparison lambdas. Null for any other call.
    /// </summary>
    private static LoweredExpression? ComparatorCall(SyntaxNode node, string owner, string name, LoweredExpression[] values)
    {
        var a = Py.Name("_a");
        var b = Py.Name("_b");
        switch (owner, name, values.Length)
        {
            case ("Comparator", "comparing" or "comparingInt" or "comparingLong" or "comparingDouble", 1):
                return new(ByKey(values[0].Python, null), ComparatorType);
            case ("Comparator", "reverseOrder" or "naturalOrder", 0):
                return new(Comparison(reverse: name == "reverseOrder"), ComparatorType);
            case ("Comparator", "comparing", 2):
                return new(ByKey(values[0].Python, values[1].Python), ComparatorType);
            case ("Comparator", _, _):
                throw Unsupported(node, $"Comparator.{name}");
            default:
                return null;
        }

        PyLambda ByKey(PyExpression key, PyExpression? order)
        {
            PyExpression Key(PyExpression x) => new PyCall(key, [x]);
            return order is null
                ? new PyLambda(["_a", "_b"], Py.Binary(Py.Compare(Key(a), PyCompareOperator.Greater, Key(b)), PyBinaryOperator.Subtract, Py.Compare(Key(a), PyCompareOperator.Less, Key(b))))
                : new PyLambda(["_a", "_b"], new PyCall(order, [Key(a), Key(b)]));
        }
    }

    /// <summary><c>cmp.thenComparing(next)</c> and <c>cmp.reversed()</c> on a comparator value.</summary>
    private LoweredExpression? ComparatorMethod(SyntaxNode node, LoweredExpression comparator, string name, SyntaxNode[] args)
    {
        if (comparator.Type is not { Kind: CKind.Object, Name: "Comparator" } || _ctx.SourceClasses.Contains("Comparator"))
        {
            return null;
        }
        var (a, b) = (Py.Name("_a"), Py.Name("_b"));
        var first = comparator.Python;
        switch (name, args.Length)
        {
            case ("reversed", 0):
                return new(new PyLambda(["_a", "_b"], new PyCall(first, [b, a])), comparator.Type);
            case ("thenComparing" or "thenComparingInt" or "thenComparingLong" or "thenComparingDouble", 1):
                var next = Lower(args[0]);
                // A key extractor takes one argument, a comparator two: a method reference or a one-parameter lambda is a key.
                var second = next.Type is { Name: "Comparator" } || args[0] is { Type: "lambda_expression" } lambda && lambda.ChildByField("parameters") is { Type: not "identifier" } p && p.NamedChildren.Count == 2
                    ? next.Python
                    : ComparatorCall(node, "Comparator", "comparing", [next])!.Python;
                return new(new PyLambda(["_a", "_b"], new PyBoolean(new PyCall(first, [a, b]), PyBooleanOperator.Or, new PyCall(second, [a, b]))), comparator.Type);
            default:
                return null;
        }
    }

    /// <summary><c>lambda a, b: (a &gt; b) - (a &lt; b)</c>: Java's natural order as a comparator (its reverse swaps a and b).</summary>
    private static PyLambda Comparison(bool reverse)
    {
        var (a, b) = reverse ? (Py.Name("_b"), Py.Name("_a")) : (Py.Name("_a"), Py.Name("_b"));
        return new PyLambda(["_a", "_b"], Py.Binary(Py.Compare(a, PyCompareOperator.Greater, b), PyBinaryOperator.Subtract, Py.Compare(a, PyCompareOperator.Less, b)));
    }

    /// <summary><c>cmp_to_key(comparator)</c>, for a <c>key=</c> argument.</summary>
    private PyCall CompareKey(PyExpression comparator)
    {
        _ctx.Require("functools", "cmp_to_key");
        return Py.Call("cmp_to_key", comparator);
    }
}
