using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Java constructors as Python's one <c>__init__</c>. A single constructor is <c>__init__</c>: <c>super(...)</c>
/// first, then the field initialisers, then the rest of its body, in Java's order. Several constructors that differ
/// in parameter count become <c>_init_N</c> methods, and <c>__init__(self, *args)</c> picks one by the argument
/// count, as javac does; <c>this(...)</c> calls the one its count names, and a constructor that starts with it
/// leaves the field initialisers to that one. Constructors that share a count are warned about and only the
/// first is kept.
/// </summary>
internal sealed partial class CLowering
{
    private List<PyStatement> LowerConstructors(string className, List<(string Name, CType Type, SyntaxNode? Value)> fields, SyntaxNode[] constructors)
    {
        if (constructors.Length <= 1)
        {
            return [LowerConstructor(fields, constructors.Length == 1 ? constructors[0] : null, "__init__")];
        }
        var counts = constructors.Select(c => ParametersOf(c.ChildByField("parameters")).Count()).ToArray();
        var varargs = constructors.Any(c => c.ChildByField("parameters") is { } list && list.NamedChildren.Any(p => p.Type == "spread_parameter"));
        if (varargs || counts.Distinct().Count() != counts.Length)
        {
            _ctx.Warnings.Add(new TranslationWarning(
                $"'{className}' has constructors that share a parameter count: only the first is translated", constructors[1].Start, constructors[^1].End));
            return [LowerConstructor(fields, constructors[0], "__init__")];
        }
        _ctx.Class!.ConstructorCounts.UnionWith(counts);
        return [ConstructorDispatch(className, counts), .. constructors.Zip(counts).Select(c => LowerConstructor(fields, c.First, $"_init_{c.Second}"))];
    }

    /// <summary><c>__init__(self, *args)</c> that calls the <c>_init_N</c> of the argument count, as javac and C++ pick a constructor.</summary>
    private static PyFunctionDef ConstructorDispatch(string className, IEnumerable<int> counts)
    {
        var dispatch = counts.Select(count => (PyStatement)new PyIf(
            Py.Compare(Py.Length(Py.Name("args")), PyCompareOperator.Equal, Py.Number(count)),
            [new PyExpressionStatement(new PyCall(new PyMember(Py.Name("self"), $"_init_{count}"), [Py.Name("*args")])), new PyReturn()],
            [])).ToList();
        dispatch.Add(new PyRaise(Py.Call("TypeError", new PyString($"no {className} constructor takes this many arguments"))));
        return new PyFunctionDef("__init__", [new PyParameter("self"), new PyParameter("*args")], dispatch);
    }

    private PyFunctionDef LowerConstructor(List<(string Name, CType Type, SyntaxNode? Value)> fields, SyntaxNode? constructor, string name)
    {
        _ctx.Class!.InStaticMethod = false;
        List<PyStatement> Initialise((string Name, CType Type, SyntaxNode? Value) f) =>
            [new PyAssign(new PyMember(Py.Name("self"), _ctx.FieldName(f.Name)), FieldValue(f.Value, f.Type))];
        var initial = fields.SelectMany(f => f.Value is { } value ? Guarded(value, () => Initialise(f)) : Initialise(f)).ToList();
        if (constructor is null)
        {
            return new PyFunctionDef(name, [new PyParameter("self")], initial);
        }
        var c = constructor.Value;
        var lowered = LowerFunction(name, ParametersOf(c.ChildByField("parameters")), CType.Void, c.ChildByField("body"), self: "self");
        var first = lowered.Body.Count > 0 && lowered.Body[0] is PyExpressionStatement { Expression: PyCall { Function: PyMember { Name: var called } } } ? called : null;
        return first switch
        {
            // this(...) runs another constructor, which sets the fields.
            not null when first.StartsWith("_init_", StringComparison.Ordinal) => lowered,
            // Java runs super(...) before the field initialisers.
            "__init__" => lowered with { Body = [lowered.Body[0], .. initial, .. lowered.Body.Skip(1)] },
            _ => lowered with { Body = [.. initial, .. lowered.Body] },
        };
    }

    /// <summary><c>super(args)</c> runs the base constructor; <c>this(args)</c> the constructor its argument count
    /// names, when the class keeps several.</summary>
    private PyExpressionStatement LowerConstructorCall(SyntaxNode node)
    {
        var target = node.ChildByField("constructor")?.Text;
        var args = Arguments(node).Select(a => Lower(a).Python).ToArray();
        if (node.ChildByField("object") is null)
        {
            if (target == "super")
            {
                return new PyExpressionStatement(Py.Method(Py.Call("super"), "__init__", args));
            }
            if (target == "this" && _ctx.Class is { } cls && cls.ConstructorCounts.Contains(args.Length))
            {
                return new PyExpressionStatement(Py.Method(Py.Name("self"), $"_init_{args.Length}", args));
            }
        }
        throw Unsupported(node, $"a call of another constructor ({target}(...))");
    }

    /// <summary>
    /// <c>assert c : m;</c> raises AssertionError when <c>c</c> is false, as under <c>java -ea</c> (what test runners
    /// such as Maven Surefire use); a plain <c>java</c> run skips asserts.
    /// </summary>
    private PyIf LowerAssert(SyntaxNode node)
    {
        var parts = node.NamedChildren.Where(c => c.Type is not ("line_comment" or "block_comment")).ToArray();
        PyExpression[] message = parts.Length > 1 ? [Stringify(Lower(parts[1]))] : [];
        return new PyIf(new PyUnary(PyUnaryOperator.Not, Condition(parts[0])), [new PyRaise(Py.Call("AssertionError", message))], []);
    }
}
