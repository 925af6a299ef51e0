using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    private static SyntaxNode? Inner(SyntaxNode? node) =>
        node is { Type: "expression_statement" } s ? s.NamedChildren[0] : node is { Type: "empty_statement" } ? null : node;

    private List<PyStatement> LowerFor(SyntaxNode node)
    {
        ctx.PushScope(node.StartByte);
        try
        {
            var initializer = node.ChildByField("initializer");
            var condition = Inner(node.ChildByField("condition"));
            var increment = node.ChildByField("increment");
            if (CountedRange(node, initializer, condition, increment) is { } counted)
            {
                return [counted];
            }
            var result = new List<PyStatement>();
            if (initializer is { } init && init.Type != "empty_statement")
            {
                result.AddRange(init.Type is "lexical_declaration" or "variable_declaration" ? LowerDeclaration(init) : LowerExpressionStatement(Inner(init)!.Value));
            }
            var update = increment is null ? [] : LowerExpressionStatement(increment.Value);
            var test = condition is null ? PyConstant.True : ctx.WithoutBefore(() => Condition(condition.Value));
            ctx.PushLoop(update);
            List<PyStatement> body;
            try
            {
                body = LowerBlock(node.ChildByField("body"));
            }
            finally
            {
                ctx.PopLoop();
            }
            result.Add(new PyWhile(test, [.. body, .. EndsInJump(body) ? [] : update]));
            return result;
        }
        finally
        {
            ctx.PopScope();
        }
    }

    private static bool EndsInJump(List<PyStatement> body) => body.Count > 0 && body[^1] is PyReturn or PyBreak or PyContinue or PyRaise;

    /// <summary><c>for (let i = a; i &lt; b; i++)</c> as <c>for i in range(a, b)</c>, only where that is exact.</summary>
    private PyFor? CountedRange(SyntaxNode node, SyntaxNode? initializer, SyntaxNode? condition, SyntaxNode? increment)
    {
        if (initializer is not { Type: "lexical_declaration" } declaration || condition is not { Type: "binary_expression" } test || increment is null)
        {
            return null;
        }
        var declarators = declaration.NamedChildren.Where(c => c.Type == "variable_declarator").ToList();
        if (declarators is not [var declarator] || declarator.ChildByField("name") is not { Type: "identifier" } counter || declarator.ChildByField("value") is not { } startNode)
        {
            return null;
        }
        var name = counter.Text;
        var op = test.ChildByField("operator")!.Value.Text;
        if (test.ChildByField("left")?.Text != name || op is not ("<" or "<=" or ">" or ">="))
        {
            return null;
        }
        long step;
        var inc = increment.Value;
        if (inc.Type == "update_expression" && inc.ChildByField("argument")?.Text == name)
        {
            step = inc.Children.Any(c => c.Type == "++") ? 1 : -1;
        }
        else if (inc.Type == "augmented_assignment_expression" && inc.ChildByField("left")?.Text == name
            && inc.ChildByField("right") is { Type: "number" } amount && long.TryParse(amount.Text, out var k) && k > 0)
        {
            var aop = inc.ChildByField("operator")!.Value.Text;
            step = aop == "+=" ? k : aop == "-=" ? -k : 0;
        }
        else
        {
            return null;
        }
        if (step == 0 || (step > 0) != op.StartsWith('<'))
        {
            return null;
        }
        var boundNode = test.ChildByField("right")!.Value;
        var bodyNode = node.ChildByField("body")!.Value;
        if (Assigns(bodyNode, name) || !Stable(boundNode, bodyNode))
        {
            return null;
        }
        var start = Lower(startNode);
        var bound = Lower(boundNode);
        if (start.Type.Kind is not (JsKind.Int or JsKind.Unknown) || bound.Type.Kind is not (JsKind.Int or JsKind.Unknown))
        {
            return null;
        }
        ctx.Declare(name, declarator.StartByte, JsType.Int);
        var stop = op switch
        {
            "<=" => CFamily.Py.Plus(bound.Py, 1),
            ">=" => CFamily.Py.Plus(bound.Py, -1),
            _ => bound.Py,
        };
        var arguments = step == 1 && start.Py is PyNumber { Text: "0" } ? new[] { stop }
            : step == 1 ? [start.Py, stop]
            : [start.Py, stop, PyNumber.Of(step)];
        ctx.PushLoop([]);
        try
        {
            return new PyFor(new PyName(JsContext.SafeName(name)), PyCall.Of("range", arguments), LowerBlock(bodyNode));
        }
        finally
        {
            ctx.PopLoop();
        }
    }

    /// <summary>Whether <paramref name="node"/> assigns or updates the variable <paramref name="name"/>.</summary>
    private static bool Assigns(SyntaxNode node, string name)
    {
        switch (node.Type)
        {
            case "assignment_expression" or "augmented_assignment_expression" when node.ChildByField("left")?.Text == name:
            case "update_expression" when node.ChildByField("argument")?.Text == name:
                return true;
            case "assignment_expression" when node.ChildByField("left") is { Type: "array_pattern" or "object_pattern" } pattern && pattern.Text.Contains(name, StringComparison.Ordinal):
                return true;
        }
        return node.NamedChildren.Any(c => Assigns(c, name));
    }

    private static readonly HashSet<string> Mutators = new(StringComparer.Ordinal) { "push", "pop", "shift", "unshift", "splice", "add", "delete", "set", "clear" };

    /// <summary>Whether the loop bound keeps its value while <paramref name="body"/> runs.</summary>
    private static bool Stable(SyntaxNode bound, SyntaxNode body)
    {
        switch (bound.Type)
        {
            case "number":
                return true;
            case "identifier":
                return !Assigns(body, bound.Text);
            case "parenthesized_expression":
            case "binary_expression":
                return bound.NamedChildren.All(c => Stable(c, body));
            case "member_expression" when bound.ChildByField("property")?.Text is "length" or "size":
                var receiver = bound.ChildByField("object")!.Value;
                return receiver.Type is "identifier" or "member_expression" && Stable(receiver is { Type: "identifier" } ? receiver : receiver.ChildByField("object")!.Value, body) && !Mutates(body, receiver.Text);
            case "member_expression":
                return bound.ChildByField("object") is { } o && o.Type is "identifier" or "this" && (o.Type == "this" || !Assigns(body, o.Text)) && !Assigns(body, bound.Text);
            default:
                return false;
        }
    }

    private static bool Mutates(SyntaxNode node, string receiver)
    {
        if (node.Type == "call_expression" && node.ChildByField("function") is { Type: "member_expression" } callee
            && callee.ChildByField("object")?.Text == receiver && Mutators.Contains(callee.ChildByField("property")!.Value.Text))
        {
            return true;
        }
        if (node.Type is "assignment_expression" && node.ChildByField("left")?.Text == receiver)
        {
            return true;
        }
        return node.NamedChildren.Any(c => Mutates(c, receiver));
    }

    private List<PyStatement> LowerWhile(SyntaxNode node)
    {
        var test = ctx.WithoutBefore(() => Condition(node.ChildByField("condition")!.Value));
        ctx.PushLoop([]);
        try
        {
            return [new PyWhile(test, LowerBlock(node.ChildByField("body")))];
        }
        finally
        {
            ctx.PopLoop();
        }
    }

    private List<PyStatement> LowerDoWhile(SyntaxNode node)
    {
        var bodyNode = node.ChildByField("body")!.Value;
        ctx.PushLoop([]);
        List<PyStatement> body;
        try
        {
            body = LowerBlock(bodyNode);
        }
        finally
        {
            ctx.PopLoop();
        }
        var test = ctx.WithoutBefore(() => Condition(node.ChildByField("condition")!.Value));
        if (!ContinuesHere(bodyNode))
        {
            return [new PyWhile(PyConstant.True, [.. body, new PyIf(PyUnary.Not(test), [new PyBreak()], [])])];
        }
        // continue in a do/while still tests the condition: a first-pass flag keeps that.
        var first = ctx.Temporary("first");
        return
        [
            new PyAssign([new PyName(first)], PyConstant.True),
            new PyWhile(new PyBoolean(new PyName(first), PyBooleanOperator.Or, test), [new PyAssign([new PyName(first)], PyConstant.False), .. body]),
        ];
    }

    private static bool ContinuesHere(SyntaxNode node) => node.Type switch
    {
        "continue_statement" => true,
        "for_statement" or "for_in_statement" or "while_statement" or "do_statement" or "function_declaration" or "arrow_function" or "function_expression" => false,
        _ => node.NamedChildren.Any(ContinuesHere),
    };

    private List<PyStatement> LowerForIn(SyntaxNode node)
    {
        ctx.PushScope(node.StartByte);
        try
        {
            var left = node.ChildByField("left")!.Value;
            var rightNode = node.ChildByField("right")!.Value;
            var isOf = node.Children.Any(c => c.Type == "of");
            var right = Lower(rightNode);
            PyExpression iterable;
            JsType element;
            if (isOf)
            {
                (iterable, element) = right.Type.Kind switch
                {
                    JsKind.Map => (PyCall.Method(right.Py, "items"), JsType.ArrayOf(null)),
                    JsKind.String => (right.Py, JsType.String),
                    JsKind.Array => (right.Py, right.Type.Element ?? JsType.Unknown),
                    JsKind.Object => throw Unsupported(rightNode, "for..of over a plain object (it is not iterable in JavaScript)"),
                    _ => (right.Py, JsType.Unknown),
                };
                if (rightNode.Type == "call_expression" && rightNode.ChildByField("function") is { Type: "member_expression" } m
                    && m.ChildByField("property")?.Text == "entries" && Lower(m.ChildByField("object")!.Value) is { Type.Kind: JsKind.Array } array)
                {
                    iterable = PyCall.Of("enumerate", array.Py);
                }
                if (LiveIteration(rightNode, node.ChildByField("body")) is { } live)
                {
                    iterable = live;
                }
            }
            else
            {
                (iterable, element) = right.Type.Kind switch
                {
                    JsKind.Array or JsKind.String => (PyCall.Of("range", PyCall.Of("len", right.Py)), JsType.Int),
                    // Of a value of unknown kind: indices when it turns out to be a list, keys otherwise.
                    JsKind.Unknown when IsPure(right.Py) => (new PyConditional(
                        PyCall.Of("isinstance", right.Py, new PyTuple([new PyName("list"), new PyName("str")])),
                        PyCall.Of("range", PyCall.Of("len", right.Py)), right.Py), JsType.Unknown),
                    _ => (right.Py, JsType.Unknown),
                };
            }
            PyExpression target;
            List<PyStatement> unpack = [];
            if (left.Type == "identifier")
            {
                ctx.Declare(left.Text, node.StartByte, element);
                target = new PyName(JsContext.SafeName(left.Text));
            }
            else if (left.Type == "array_pattern" && left.NamedChildren.All(c => c.Type == "identifier") && !TestsForUndefined(left)
                && (RowLengths(rightNode) is { } lengths ? lengths.All(n => n == left.NamedChildren.Count) : !ctx.Facts.MayHaveShortRows(left.NamedChildren.Count)))
            {
                foreach (var part in left.NamedChildren)
                {
                    ctx.Declare(part.Text, node.StartByte, element.Element ?? JsType.Unknown);
                }
                target = new PyTuple(left.NamedChildren.Select(c => (PyExpression)new PyName(JsContext.SafeName(c.Text))).ToList());
            }
            else if (left.Type is "array_pattern" or "object_pattern")
            {
                // Each element lands in a temporary the body starts by destructuring.
                var item = new PyName(ctx.Temporary("item"));
                target = item;
                unpack = Destructure(left, JsValue.Of(item, element), declare: true);
            }
            else
            {
                throw Unsupported(left, "this for..in/for..of target");
            }
            ctx.PushLoop([]);
            try
            {
                return [new PyFor(target, iterable, [.. unpack, .. LowerBlock(node.ChildByField("body"))])];
            }
            finally
            {
                ctx.PopLoop();
            }
        }
        finally
        {
            ctx.PopScope();
        }
    }
}
