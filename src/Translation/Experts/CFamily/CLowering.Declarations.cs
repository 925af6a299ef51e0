using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    /// <summary>A Java local_variable_declaration or a C++ declaration: one assignment per declared name.</summary>
    private List<PyStatement> LowerDeclaration(SyntaxNode node)
    {
        var baseType = ReadType(Field(node, "type"));
        var statements = new List<PyStatement>();
        foreach (var declarator in node.Children.Where(c => c.FieldName == "declarator"))
        {
            statements.AddRange(LowerDeclarator(baseType, declarator));
        }
        return statements;
    }

    /// <summary>
    /// The type of a Java variable declared as an interface and created as a class with an order of its own:
    /// <c>Map&lt;String, Integer&gt; m = new TreeMap&lt;&gt;()</c> is sorted, <c>Queue&lt;Integer&gt; q = new PriorityQueue&lt;&gt;()</c>
    /// a heap. The declaration keeps its element types (the creation often has none: <c>&lt;&gt;</c>).
    /// </summary>
    private CType Created(CType declared, SyntaxNode? value)
    {
        if (!IsJava || value is not { Type: "object_creation_expression" } creation || declared.Kind is not (CKind.Map or CKind.Set or CKind.List))
        {
            return declared;
        }
        var created = ReadType(Field(creation, "type"));
        return created.Kind == declared.Kind && (created.Sorted || created.Name is "min-heap")
            ? declared with { Sorted = created.Sorted, Name = created.Name }
            : declared;
    }

    private List<PyStatement> LowerDeclarator(CType baseType, SyntaxNode declarator)
    {
        string name;
        CType type;
        SyntaxNode? value;
        List<PyExpression> sizes = [];
        if (declarator.Type == "variable_declarator")
        {
            name = Field(declarator, "name").Text;
            value = declarator.ChildByField("value");
            type = Created(TypeReader.Wrap(baseType, TypeReader.Rank(declarator.ChildByField("dimensions"))), value);
        }
        else if (declarator.Type == "function_declarator" && baseType.Kind == CKind.List && ConstructorArguments(declarator) is { } arguments)
        {
            // vector<int> v(n, 0), which the C++ grammar reads as the declaration of a function v taking an n.
            var variable = Field(declarator, "declarator").Text;
            var built = arguments switch
            {
                [var count] => NewArray([AsNumber(count)], DefaultValue(baseType.ElementType)),
                [var count, var fill] => NewArray([AsNumber(count)], Coerce(fill, baseType.ElementType)),
                _ => throw Unsupported(declarator, "the constructor arguments"),
            };
            _ctx.Declare(variable, baseType);
            return [new PyAssign(Py.Name(LoweringContext.SafeName(variable)), built)];
        }
        else
        {
            var inner = declarator.Type == "init_declarator" ? Field(declarator, "declarator") : declarator;
            var (declared, full, _) = TypeReader.Declared(baseType, inner);
            name = declared ?? throw Unsupported(declarator, "the declarator");
            type = full;
            value = declarator.Type == "init_declarator" ? declarator.ChildByField("value") : null;
            sizes = ArraySizes(inner);
        }
        if (declarator.Type is "function_declarator")
        {
            throw Unsupported(declarator, "a function declaration inside a function");
        }

        PyExpression initial;
        if (value is { Type: "initializer_list" or "array_initializer" } list)
        {
            initial = Padded(LowerInitializerList(list, type).Python, sizes, type);
        }
        else if (value is { Type: "argument_list" } constructor)
        {
            initial = Construct(constructor, type);
        }
        else if (value is { } iterator && (type.Kind == CKind.Unknown || type.Name is not null && type.Name.EndsWith("iterator", StringComparison.Ordinal))
            && IteratorVariable(name, iterator) is { } position)
        {
            return position;
        }
        else if (value is { } call && !IsJava && Unwrap(call) is { Type: "call_expression" } called && CallName(called) is { } callee && _ctx.OutParameters.ContainsKey(callee))
        {
            // int r = f(a); where f assigns a: r, a = f(a)
            var assigned = AssignOutParameters(called, Py.Name(LoweringContext.SafeName(name)))!;
            _ctx.Declare(name, type);
            return assigned;
        }
        else if (value is { } v)
        {
            var lowered = Lower(v);
            if (type.Kind == CKind.Unknown)
            {
                type = lowered.Type;
            }
            else if (lowered.Type.Name is "max-heap" or "min-heap")
            {
                // new PriorityQueue<>(...) says no element type; the declaration does.
                type = lowered.Type.ElementType.Kind == CKind.Unknown ? lowered.Type with { Element = type.ElementType } : lowered.Type;
            }
            else if (lowered.Type.MissingValue is { } missing)
            {
                type = type with { MissingValue = missing };
            }
            initial = Coerce(CopiedIfLvalue(v, lowered), type);
        }
        else if (sizes.Count > 0)
        {
            initial = NewArray(sizes, DefaultValue(type is { Kind: CKind.List } ? Innermost(type) : type));
            _ctx.ZeroFilled.Add(LoweringContext.SafeName(name));
        }
        else
        {
            initial = Empty(type);
        }
        if (sizes.Count > 1)
        {
            _ctx.ArrayShapes[LoweringContext.SafeName(name)] = sizes;
        }
        _ctx.Declare(name, type);
        return [new PyAssign(Py.Name(LoweringContext.SafeName(name)), initial)];
    }

    private static CType Innermost(CType type)
    {
        while (type.Kind == CKind.List && type.Element is { } element)
        {
            type = element;
        }
        return type;
    }

    /// <summary>The sizes of a C++ array declarator, outermost dimension first (<c>dp[n + 1][m + 1]</c>).</summary>
    private List<PyExpression> ArraySizes(SyntaxNode declarator)
    {
        var sizes = new List<PyExpression>();
        for (var d = declarator; d.Type == "array_declarator"; d = Field(d, "declarator"))
        {
            sizes.Insert(0, d.ChildByField("size") is { } size ? AsNumber(Lower(size)) : null!);
        }
        return sizes.Contains(null!) ? [] : sizes;
    }

    /// <summary><c>int a[5] = {1, 2}</c> leaves the rest zero: <c>[1, 2] + [0] * 3</c>; <c>int a[n] = {0}</c> is <c>[0] * n</c>.</summary>
    private static PyExpression Padded(PyExpression list, List<PyExpression> sizes, CType type)
    {
        if (sizes.Count == 0 || list is not PyList items)
        {
            return list;
        }
        var fill = DefaultValue(Innermost(type));
        if (sizes.Count > 1)
        {
            return items.Items is [] or [PyList { Items: [PyNumber { Text: "0" }] }] or [PyNumber { Text: "0" }] ? NewArray(sizes, fill) : list;
        }
        var size = sizes[0];
        if (Py.Literal(size) is { } n && n == items.Items.Count)
        {
            return list;
        }
        if (items.Items.Count == 0 || items.Items is [var only] && only == fill)
        {
            return Py.Binary(new PyList([fill]), PyBinaryOperator.Multiply, size);
        }
        return Py.Binary(list, PyBinaryOperator.Add, Py.Binary(new PyList([fill]), PyBinaryOperator.Multiply, Py.Plus(size, -items.Items.Count)));
    }

    /// <summary>
    /// The arguments of <c>T v(n, x)</c> that the grammar read as a function declarator: each "parameter" a bare
    /// name of a variable in scope, or <c>true</c>/<c>false</c>. Null when it may really declare a function.
    /// </summary>
    private LoweredExpression[]? ConstructorArguments(SyntaxNode declarator)
    {
        var parameters = declarator.ChildByField("parameters")?.NamedChildren.Where(c => c.Type != "comment").ToArray() ?? [];
        var arguments = new List<LoweredExpression>();
        foreach (var parameter in parameters)
        {
            if (parameter.Type != "parameter_declaration" || parameter.ChildByField("declarator") is not null || parameter.ChildByField("type") is not { } type)
            {
                return null;
            }
            var text = type.Text;
            if (text is "true" or "false")
            {
                arguments.Add(new(PyConstant.Of(text == "true"), CType.Bool));
            }
            else if (_ctx.Lookup(text) is { } variable)
            {
                arguments.Add(new(Py.Name(LoweringContext.SafeName(text)), variable));
            }
            else if (_ctx.Globals.Contains(text))
            {
                arguments.Add(new(Py.Name(LoweringContext.SafeName(text)), CType.Unknown));
            }
            else if (Constant(text) is { } constant)
            {
                arguments.Add(constant);
            }
            else
            {
                return null;
            }
        }
        return arguments.Count > 0 ? [.. arguments] : null;
    }

    /// <summary>A C++ constructor call in a declaration: <c>vector&lt;int&gt; v(n, 0)</c>, <c>string s(n, 'a')</c>, <c>vector&lt;int&gt; v(a, a + n)</c>.</summary>
    private PyExpression Construct(SyntaxNode arguments, CType type)
    {
        var args = arguments.NamedChildren.Where(c => c.Type != "comment").ToArray();
        if (type.Kind == CKind.List && args.Length == 2 && IsIterator(args[0]))
        {
            var (source, from, to, sourceType) = RangeOf(args[0], args[1]);
            // A std::map copied into a vector of pairs comes out in key order.
            var items = sourceType.Kind == CKind.Map ? Py.Call("sorted", Py.Method(source, "items")) : Slice(source, from, to);
            return Py.Call("list", items);
        }
        switch (type.Kind, args.Length)
        {
            case (_, 0):
                return Empty(type);
            case (CKind.List, 1) when Lower(args[0]) is { Type.Kind: CKind.Int } count:
                return NewArray([count.Python], DefaultOf(type.ElementType));
            case (CKind.List, 1):
                return Py.Call("list", Lower(args[0]).Python);
            case (CKind.List, 2) when Lower(args[0]) is { Type.Kind: CKind.Int } count:
                var fill = CopiedIfLvalue(args[1], Lower(args[1]));
                if (fill.Type.Kind is CKind.List or CKind.Map or CKind.Set)
                {
                    return new PyComprehension(fill.Python, Py.Name("_"), Py.Call("range", count.Python));
                }
                return Py.Binary(new PyList([Coerce(fill, type.ElementType)]), PyBinaryOperator.Multiply, count.Python);
            case (CKind.List, 2):
                var (sequence, lower, upper, _) = RangeOf(args[0], args[1]);
                return Py.Call("list", Slice(sequence, lower, upper));
            case (CKind.String, 2):
                return Py.Binary(Lower(args[1]).Python, PyBinaryOperator.Multiply, AsNumber(Lower(args[0])));
            case (CKind.String, 1):
                return Lower(args[0]).Python;
            case (CKind.Int or CKind.Float or CKind.Char or CKind.Bool, 1):
                return LowerAs(args[0], type);
            case (CKind.Object, _) when type.Name is { } name && _ctx.Structs.Contains(name):
                return LowerUserCall(arguments, name, args).Python;
            default:
                throw Unsupported(arguments, "the constructor arguments");
        }
    }

    /// <summary>The value of a declared but not initialized variable (C++ containers start empty; C++ maps default missing keys).</summary>
    private PyExpression Empty(CType type)
    {
        if (type.Kind == CKind.Map && !IsJava)
        {
            var factory = type.ElementType.Kind switch
            {
                CKind.Int or CKind.Char or CKind.Bool => "int",
                CKind.Float => "float",
                CKind.List => "list",
                CKind.String => "str",
                _ => null,
            };
            if (factory is not null)
            {
                _ctx.Require("collections", "defaultdict");
                return Py.Call("defaultdict", Py.Name(factory));
            }
        }
        return IsJava && type.Kind is CKind.List or CKind.Map or CKind.Set or CKind.String or CKind.StringBuilder ? PyConstant.None : IsJava ? DefaultValue(type) : DefaultOf(type);
    }
}
