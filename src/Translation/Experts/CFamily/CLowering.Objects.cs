using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private LoweredExpression LowerJavaField(SyntaxNode node)
    {
        var objectNode = Field(node, "object");
        var field = Field(node, "field").Text;
        var owner = objectNode.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
        switch (owner, field)
        {
            case ("Integer", "MAX_VALUE"):
                return new(Py.Number(int.MaxValue), CType.Int);
            case ("Integer", "MIN_VALUE"):
                return new(Py.Number(int.MinValue), CType.Int);
            case ("Long", "MAX_VALUE"):
                return new(Py.Number(long.MaxValue), CType.Int);
            case ("Long", "MIN_VALUE"):
                return new(Py.Number(long.MinValue), CType.Int);
            case ("Double", "MAX_VALUE"):
                return new(new PyNumber("1.7976931348623157e308"), CType.Float);
            case ("Double", "POSITIVE_INFINITY"):
                return new(Py.Call("float", new PyString("inf")), CType.Float);
            case ("Double", "NEGATIVE_INFINITY"):
                return new(Py.Call("float", new PyString("-inf")), CType.Float);
            case ("Math", "PI"):
                return new(MathConstant("pi"), CType.Float);
            case ("Math", "E"):
                return new(MathConstant("e"), CType.Float);
        }
        if (objectNode.Type == "this")
        {
            var type = _ctx.Class?.Fields.GetValueOrDefault(field).Type ?? CType.Unknown;
            return new(new PyMember(Py.Name("self"), _ctx.FieldName(field)), type);
        }
        var target = Lower(objectNode);
        if (field == "length" && target.Type.Kind is CKind.List or CKind.Unknown or CKind.String && !LengthIsAssigned(objectNode.Text))
        {
            return new(Py.Length(target.Python), CType.Int);
        }
        var fieldType = target.Type is { Kind: CKind.Object, Name: { } ownerClass } && _ctx.Classes.TryGetValue(ownerClass, out var scope) && scope.Fields.TryGetValue(field, out var declared)
            ? declared.Type
            : CType.Unknown;
        return new(new PyMember(target.Python, IsJava ? _ctx.FieldName(field) : LoweringContext.SafeName(field)), fieldType);
    }

    private LoweredExpression LowerJavaArrayCreation(SyntaxNode node)
    {
        var element = ReadType(Field(node, "type"));
        if (node.ChildByField("value") is { } initializer)
        {
            var rank = node.Children.Where(c => c.FieldName == "dimensions").Sum(d => TypeReader.Rank(d));
            return LowerInitializerList(initializer, TypeReader.Wrap(element, Math.Max(rank, 1)));
        }
        var sizes = node.Children.Where(c => c.Type == "dimensions_expr").Select(d => AsNumber(Lower(d.NamedChildren[0]))).ToList();
        var unsized = node.Children.Where(c => c.Type == "dimensions").Sum(d => TypeReader.Rank(d));
        var fill = unsized > 0 ? PyConstant.None : DefaultValue(element);
        return new(NewArray(sizes, fill), TypeReader.Wrap(element, sizes.Count + unsized));
    }

    /// <summary>A zero-filled array of the given sizes: <c>[0] * n</c>, and fresh rows per index beyond one dimension.</summary>
    private static PyExpression NewArray(IReadOnlyList<PyExpression> sizes, PyExpression fill)
    {
        // [x] * n shares one x between all elements: only an immutable fill may be repeated.
        PyExpression array = fill is PyNumber or PyString or PyConstant or PyUnary { Operand: PyNumber }
            ? Py.Binary(new PyList([fill]), PyBinaryOperator.Multiply, sizes[^1])
            : new PyComprehension(fill, Py.Name("_"), Py.Call("range", sizes[^1]));
        for (var i = sizes.Count - 2; i >= 0; i--)
        {
            array = new PyComprehension(array, Py.Name("_"), Py.Call("range", sizes[i]));
        }
        return array;
    }

    private LoweredExpression LowerJavaNew(SyntaxNode node)
    {
        var type = ReadType(Field(node, "type"));
        if (type is { Kind: CKind.List, Name: "min-heap" } && Arguments(node) is [.., var order] && IsReverseOrder(order))
        {
            // new PriorityQueue<>([n, ]Collections.reverseOrder()): a max-heap; the comparator has no value of its own here.
            return new(new PyList([]), type with { Name = "max-heap" });
        }
        if (type is { Kind: CKind.List, Name: "min-heap" } && Arguments(node) is [.., var last] && _ctx.WithLambdaHint([type.ElementType], () => Lower(last)) is var argument)
        {
            if (argument.Python is PyLambda || argument.Type.Name == "Comparator")
            {
                // new PriorityQueue<>([n, ]comparator): elements pushed wrapped in the comparator's key.
                return new(new PyList([]), type with { Order = CompareKey(argument.Python) });
            }
            if (argument.Type.Kind is CKind.List or CKind.Set)
            {
                // new PriorityQueue<>(collection): a sorted list is already in heap order.
                return new(Py.Call("sorted", argument.Python), type);
            }
        }
        var args = Arguments(node).Select(Lower).ToArray();
        if (node.NamedChildren.Where(c => c.Type == "class_body").ToArray() is [var body])
        {
            return type.Kind == CKind.Map && args.Length == 0 && MapWithDefaultGet(body) is { } missing
                ? new(new PyDict([]), type with { MissingValue = missing })
                : throw Unsupported(node, "an anonymous class");
        }
        return (type.Kind, args.Length) switch
        {
            (CKind.Object, 0) when type.Name == "Object" => new(Py.Call("object"), type), // a lock or a sentinel
            (CKind.List, 0) => new(new PyList([]), type),
            (CKind.List, 1) when args[0].Type.Kind == CKind.Int => new(new PyList([]), type),
            (CKind.List, 1) => new(Py.Call("list", args[0].Python), type),
            (CKind.Map, 0) => new(new PyDict([]), type),
            (CKind.Map or CKind.Set, 1) when args[0].Type.Kind == CKind.Int => new(type.Kind == CKind.Map ? new PyDict([]) : new PySet([]), type),
            (CKind.Map, 1) when args[0].Type.Kind == CKind.Map => new(Py.Call("dict", args[0].Python), type),
            (CKind.Set, 0) => new(new PySet([]), type),
            (CKind.Set, 1) when args[0].Type.Kind != CKind.Int => new(Py.Call("set", args[0].Python), type),
            (CKind.StringBuilder, 0) => new(new PyString(string.Empty), type),
            (CKind.StringBuilder, 1) when args[0].Type.Kind == CKind.Int => new(new PyString(string.Empty), type),
            (CKind.StringBuilder, 1) => new(Stringify(args[0]), type),
            (CKind.String, 0) => new(new PyString(string.Empty), type),
            (CKind.String, 1) when args[0].Type is { Kind: CKind.List } => new(Py.Method(new PyString(string.Empty), "join", args[0].Python), type),
            (CKind.String, 1) => new(Stringify(args[0]), type),
            (CKind.Int or CKind.Float or CKind.Bool or CKind.Char, 1) => new(Coerce(args[0], type), type),
            (CKind.Object, _) when _ctx.SourceClasses.Contains(type.Name ?? string.Empty) || _ctx.Functions.ContainsKey(type.Name ?? string.Empty) || _ctx.Class is not null =>
                new(new PyCall(Py.Name(type.Name!), ConstructorArgumentsFor(type.Name!, args)), type),
            _ => throw Unsupported(node, $"creating a {Field(node, "type").Text}"),
        };
    }

    /// <summary>The arguments of <c>new C(...)</c>, converted to the parameter types of C's one constructor of that count.</summary>
    private PyExpression[] ConstructorArgumentsFor(string className, LoweredExpression[] arguments)
    {
        var matching = _ctx.ConstructorParameters.GetValueOrDefault(className)?.Where(p => p.Count == arguments.Length).ToArray() ?? [];
        return matching is [var parameters]
            ? arguments.Select((a, i) => Coerce(a, parameters[i])).ToArray()
            : arguments.Select(a => a.Python).ToArray();
    }

    private static bool IsReverseOrder(SyntaxNode comparator) =>
        comparator.Text.Replace(" ", string.Empty, StringComparison.Ordinal) is "Collections.reverseOrder()" or "Comparator.reverseOrder()" or "(a,b)->b-a" or "(x,y)->y-x";

    private LoweredExpression LowerCppNew(SyntaxNode node)
    {
        var type = ReadType(Field(node, "type"));
        if (node.ChildByField("declarator") is { Type: "new_declarator" } declarator)
        {
            var sizes = new List<PyExpression>();
            for (SyntaxNode? d = declarator; d is { Type: "new_declarator" } current; d = current.NamedChildren.Where(c => c.Type == "new_declarator").Select(c => (SyntaxNode?)c).FirstOrDefault())
            {
                sizes.Add(AsNumber(Lower(current.ChildByField("length") ?? current.NamedChildren[0])));
            }
            return new(NewArray(sizes, DefaultValue(type)), TypeReader.Wrap(type, sizes.Count));
        }
        throw Unsupported(node, "'new' of a single object");
    }

    private LoweredExpression LowerCppField(SyntaxNode node)
    {
        var fieldNode = Field(node, "field");
        if (fieldNode.Type != "field_identifier")
        {
            throw Unsupported(node, "the member access"); // a.template f<T>, a.~T, a.operator+
        }
        var target = Lower(Field(node, "argument"));
        var field = fieldNode.Text;
        if (target.Type.Kind == CKind.Pair || field is "first" or "second")
        {
            return field switch
            {
                "first" => new(new PySubscript(target.Python, Py.Number(0)), target.Type.Key ?? CType.Unknown),
                "second" => new(new PySubscript(target.Python, Py.Number(1)), target.Type.Element ?? CType.Unknown),
                _ => throw Unsupported(node, "the pair member"),
            };
        }
        var fieldType = target.Type is { Kind: CKind.Object, Name: { } ownerClass } && _ctx.Classes.TryGetValue(ownerClass, out var scope) && scope.Fields.TryGetValue(field, out var declared)
            ? declared.Type
            : CType.Unknown;
        return new(new PyMember(target.Python, IsJava ? _ctx.FieldName(field) : LoweringContext.SafeName(field)), fieldType);
    }

    /// <summary>
    /// The name a Java or C++ formal parameter declares, and its type. A C++ parameter without a name
    /// (<c>int f(int)</c>) cannot be read by the body, so it gets a placeholder named after its position.
    /// </summary>
    private (string Name, CType Type) ParameterOf(SyntaxNode parameter, int index)
    {
        if (BrokenSyntax.InOwnParts(parameter))
        {
            throw Unsupported(parameter, "a parameter with a syntax error");
        }
        if (parameter.Type == "identifier")
        {
            return (parameter.Text, CType.Unknown);
        }
        var typeNode = parameter.ChildByField("type");
        var type = typeNode is { } t ? ReadType(t) : CType.Unknown;
        if (parameter.ChildByField("name") is { } name)
        {
            var rank = TypeReader.Rank(parameter.ChildByField("dimensions"));
            var variadic = parameter.Type == "spread_parameter" ? 1 : 0;
            return (name.Text, TypeReader.Wrap(type, rank + variadic));
        }
        if (parameter.Type == "spread_parameter")
        {
            var declarator = parameter.NamedChildren.First(c => c.Type == "variable_declarator");
            return (Field(declarator, "name").Text, CType.ListOf(type));
        }
        var (declared, full, _) = parameter.ChildByField("declarator") is { } d ? TypeReader.Declared(type, d) : (null, type, null);
        return (declared ?? $"_unnamed{index + 1}", full);
    }
}
