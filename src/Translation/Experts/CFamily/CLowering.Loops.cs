using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private List<PyStatement> LowerWhile(SyntaxNode node)
    {
        var test = Condition(Field(node, "condition"));
        return [new PyWhile(test, LowerLoopBody(node.ChildByField("body"), []))];
    }

    private List<PyStatement> LowerLoopBody(SyntaxNode? body, IReadOnlyList<PyStatement> beforeContinue)
    {
        _ctx.PushLoop(beforeContinue);
        try
        {
            return LowerBody(body);
        }
        finally
        {
            _ctx.PopLoop();
        }
    }

    /// <summary>
    /// do { body } while (c): <c>while True: body; if not c: break</c>. When the body continues, the condition
    /// must still run, so a first-pass flag carries it instead: <c>while first or c: first = False; body</c>.
    /// </summary>
    private List<PyStatement> LowerDoWhile(SyntaxNode node)
    {
        var bodyNode = node.ChildByField("body");
        var test = Condition(Field(node, "condition"));
        if (bodyNode is { } b && ContainsOwnContinue(b))
        {
            var flag = _ctx.Temporary("first_pass");
            var flagged = LowerLoopBody(bodyNode, []);
            return
            [
                new PyAssign(Py.Name(flag), PyConstant.True),
                new PyWhile(new PyBoolean(Py.Name(flag), PyBooleanOperator.Or, test), [new PyAssign(Py.Name(flag), PyConstant.False), .. flagged]),
            ];
        }
        var body = LowerLoopBody(bodyNode, []);
        return [new PyWhile(PyConstant.True, [.. body, new PyIf(Negate(test), [new PyBreak()], [])])];
    }

    // Orderings flip too: C-family loop conditions compare integers, where not (a < b) is a >= b.
    private static PyExpression Negate(PyExpression test) => test switch
    {
        PyCompare { Operator: PyCompareOperator.Less } c => c with { Operator = PyCompareOperator.GreaterOrEqual },
        PyCompare { Operator: PyCompareOperator.LessOrEqual } c => c with { Operator = PyCompareOperator.Greater },
        PyCompare { Operator: PyCompareOperator.Greater } c => c with { Operator = PyCompareOperator.LessOrEqual },
        PyCompare { Operator: PyCompareOperator.GreaterOrEqual } c => c with { Operator = PyCompareOperator.Less },
        _ => PyUnary.Not(test),
    };

    /// <summary>Whether a continue inside <paramref name="body"/> belongs to this loop (not to a loop nested in it).</summary>
    private static bool ContainsOwnContinue(SyntaxNode body)
    {
        if (body.Type == "continue_statement")
        {
            return true;
        }
        if (body.Type is "for_statement" or "while_statement" or "do_statement" or "enhanced_for_statement" or "for_range_loop" or "lambda_expression")
        {
            return false;
        }
        return body.NamedChildren.Any(ContainsOwnContinue);
    }

    private List<PyStatement> LowerFor(SyntaxNode node)
    {
        var init = node.Children.Where(c => c.FieldName is "init" or "initializer").ToArray();
        var update = node.Children.Where(c => c.FieldName == "update").SelectMany(Commas).ToArray();
        var condition = node.ChildByField("condition");
        var body = node.ChildByField("body");
        _ctx.PushScope();
        try
        {
            if (CountedLoop(node, init, condition, update, body) is { } counted)
            {
                return [counted];
            }
            if (IteratorLoop(init, condition, update, body) is { } iterated)
            {
                return [iterated];
            }
            var statements = new List<PyStatement>();
            foreach (var part in init)
            {
                statements.AddRange(part.Type is "local_variable_declaration" or "declaration" ? LowerDeclaration(part) : Commas(part).SelectMany(LowerExpressionStatement));
            }
            var updates = update.SelectMany(LowerExpressionStatement).ToList();
            var test = condition is { } c ? Condition(c) : PyConstant.True;
            var loopBody = LowerLoopBody(body, updates);
            var endsInJump = loopBody.Count > 0 && loopBody[^1] is PyReturn or PyBreak or PyContinue or PyRaise;
            statements.Add(new PyWhile(test, endsInJump ? loopBody : [.. loopBody, .. updates]));
            return statements;
        }
        finally
        {
            _ctx.PopScope();
        }
    }

    /// <summary><c>for (auto it = c.begin(); it != c.end(); it++)</c> as <c>for it in c</c> (a map's items; sorted for ordered containers).</summary>
    private PyFor? IteratorLoop(SyntaxNode[] init, SyntaxNode? condition, SyntaxNode[] update, SyntaxNode? body)
    {
        if (IsJava || init is not [{ Type: "declaration" } declaration] || update is not [var step] || condition is not { } c)
        {
            return null;
        }
        var (name, start, _) = Start(declaration);
        if (name is null || start is not { } begin || Unwrap(begin) is not { Type: "call_expression" } beginCall || CallName(beginCall) != "begin"
            || Step(step, name) != 1 || Unwrap(c) is not { Type: "binary_expression" } test || OperatorOf(test) != "!="
            || Unwrap(Field(test, "left")).Text != name || Unwrap(Field(test, "right")) is not { Type: "call_expression" } endCall || CallName(endCall) != "end"
            || Field(Field(beginCall, "function"), "argument").Text != Field(Field(endCall, "function"), "argument").Text
            || WrittenNames(body).Contains(name))
        {
            return null;
        }
        var container = Lower(Field(Field(beginCall, "function"), "argument"));
        PyExpression source = container.Type.Kind == CKind.Map ? Py.Method(container.Python, "items") : container.Python;
        if (container.Type.Sorted)
        {
            source = Py.Call("sorted", source);
        }
        _ctx.Declare(name, ElementOf(container.Type));
        _ctx.Iterators.Add(name);
        try
        {
            return new PyFor(Py.Name(LoweringContext.SafeName(name)), source, LowerLoopBody(body, []));
        }
        finally
        {
            _ctx.Iterators.Remove(name);
        }
    }

    private static IEnumerable<SyntaxNode> Commas(SyntaxNode node) =>
        node.Type == "comma_expression" ? Commas(node.ChildByField("left")!.Value).Concat(Commas(node.ChildByField("right")!.Value)) : [node];

    /// <summary>
    /// <c>for (int&amp; x : v) x *= 2;</c> as <c>for i in range(len(v)): v[i] *= 2</c>. Over a std::string, assigning
    /// the character rebuilds the string (<see cref="StringElement"/>).
    /// </summary>
    private List<PyStatement> LowerIndexedForEach(SyntaxNode node, string name, LoweredExpression list, CType element)
    {
        var index = Py.Name(_ctx.Temporary("i"));
        _ctx.Aliases[name] = (new LoweredExpression(new PySubscript(list.Python, index), element), list.Type.IsStringLike);
        try
        {
            return [new PyFor(index, Py.Call("range", Py.Length(list.Python)), LowerLoopBody(node.ChildByField("body"), []))];
        }
        finally
        {
            _ctx.Aliases.Remove(name);
        }
    }

    /// <summary>Whether <paramref name="body"/> assigns or increments <paramref name="name"/> itself (not a member or element of it).</summary>
    private static bool AssignsDirectly(SyntaxNode? body, string name) => body is { } b && (
        b.Type is "assignment_expression" && Unwrap(Field(b, "left")) is { Type: "identifier" } left && left.Text == name
        || b.Type is "update_expression" && b.ChildByField("argument") is { } operand && Unwrap(operand) is { Type: "identifier" } updated && updated.Text == name
        || b.NamedChildren.Any(c => AssignsDirectly(c, name)));

    private List<PyStatement> LowerForEach(SyntaxNode node)
    {
        var typeNode = Field(node, "type");
        var declared = ReadType(typeNode);
        string name;
        if (node.ChildByField("name") is { } javaName)
        {
            name = javaName.Text;
            declared = TypeReader.Wrap(declared, TypeReader.Rank(node.ChildByField("dimensions")));
        }
        else
        {
            var (declaredName, type, _) = TypeReader.Declared(declared, Field(node, "declarator"));
            name = declaredName ?? throw Unsupported(node, "the loop variable");
            declared = type;
        }
        var iterable = Lower(node.ChildByField("value") ?? Field(node, "right"));
        var element = declared.Kind == CKind.Unknown ? ElementOf(iterable.Type) : declared;
        if (!IsJava && node.ChildByField("declarator") is { Type: "reference_declarator" } && WrittenNames(node.ChildByField("body")).Contains(name)
            && (!IsCopiedValue(element) || AssignsDirectly(node.ChildByField("body"), name)))
        {
            // A struct or vector element is shared by the Python loop variable, so changing its members needs
            // nothing; a number is not: the loop runs over the indices and the name stands for v[i].
            return iterable.Type.Kind is CKind.List or CKind.String && iterable.Python is PyName or PyMember { Value: PyName }
                ? LowerIndexedForEach(node, name, iterable, element)
                : throw Unsupported(node, "a loop whose reference variable is assigned (the Python loop variable is a copy)");
        }
        if (iterable.Type.Order is not null)
        {
            throw Unsupported(node, "a loop over a priority queue in a comparator's order (its elements are stored wrapped)");
        }
        var source = iterable.Type switch
        {
            { Kind: CKind.Map, Sorted: true } when !IsJava => Py.Call("sorted", Py.Method(iterable.Python, "items")),
            { Kind: CKind.Map } when !IsJava => Py.Method(iterable.Python, "items"),
            { Sorted: true } => Py.Call("sorted", iterable.Python),
            _ => iterable.Python,
        };
        _ctx.PushScope();
        try
        {
            _ctx.Declare(name, element);
            var body = LowerLoopBody(node.ChildByField("body"), []);
            if (!IsJava && node.ChildByField("declarator") is not { Type: "reference_declarator" })
            {
                // for (auto row : grid) takes a copy of each element.
                body = [.. CopiesOnEntry([(name, element)], node.ChildByField("body")), .. body];
            }
            return [new PyFor(Py.Name(LoweringContext.SafeName(name)), source, body)];
        }
        finally
        {
            _ctx.PopScope();
        }
    }

    private static CType ElementOf(CType container) => container.Kind switch
    {
        CKind.String or CKind.StringBuilder => CType.Char,
        CKind.Map => new CType(CKind.Pair, container.Element, container.Key),
        _ => container.ElementType,
    };
}
