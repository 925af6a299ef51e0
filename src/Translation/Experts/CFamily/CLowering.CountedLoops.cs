using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private static readonly HashSet<string> MutatingMethods = new(StringComparer.Ordinal)
    {
        "add", "addAll", "push_back", "emplace_back", "pop_back", "push", "pop", "insert", "erase", "remove", "removeAt", "clear",
        "put", "append", "poll", "offer", "resize", "assign", "addFirst", "addLast", "removeFirst", "removeLast", "pollFirst",
        "pollLast", "push_front", "pop_front", "deleteCharAt", "setLength", "swap",
    };

    /// <summary>
    /// <c>for (int i = a; i &lt; n; i++)</c> as <c>for i in range(a, n)</c>, only where that is exact: one integer
    /// counter, a literal step, a bound the body cannot change (no assignment to its names, no mutating call on a
    /// container whose size it reads, no user call), a body that never assigns the counter, and (for a counter
    /// declared before the loop) no read of the counter after it, since range leaves it one step short.
    /// </summary>
    private PyFor? CountedLoop(SyntaxNode loop, SyntaxNode[] init, SyntaxNode? condition, SyntaxNode[] update, SyntaxNode? body)
    {
        if (init.Length != 1 || update.Length != 1 || condition is null)
        {
            return null;
        }
        var (counter, startNode, declaredHere) = Start(init[0]);
        if (counter is null)
        {
            return null;
        }
        var (op, boundNode) = Bound(Unwrap(condition.Value), counter);
        if (Step(update[0], counter) is not { } step || boundNode is null)
        {
            return null;
        }
        if (step > 0 != op is "<" or "<=")
        {
            return null;
        }
        var written = WrittenNames(body);
        if (written.Contains(counter) || !IsStable(boundNode.Value, written) || !declaredHere && (IsReadAfter(loop, counter) || InsideAnotherLoop(loop)))
        {
            return null;
        }
        var counterType = declaredHere ? DeclaredType(init[0]) : _ctx.Lookup(counter);
        if (counterType is not { Kind: CKind.Int })
        {
            return null;
        }

        var start = LowerAs(startNode!.Value, CType.Int);
        var bound = Lower(boundNode.Value);
        var stop = bound.Type.Kind == CKind.Float ? FloatBound(bound.Python, op) : AsNumber(bound);
        stop = op switch
        {
            "<=" => Py.Plus(stop, 1),
            ">=" => Py.Plus(stop, -1),
            _ => stop,
        };
        PyExpression[] arguments = step == 1 && Py.Literal(start) == 0 ? [stop] : step == 1 ? [start, stop] : [start, stop, Py.Number(step)];
        if (declaredHere || _ctx.Lookup(counter) is null)
        {
            _ctx.Declare(counter, CType.Int);
        }
        var name = LoweringContext.SafeName(counter);
        var nonNegative = step > 0 && IsNonNegative(start, CType.Int) && _ctx.NonNegative.Add(name);
        try
        {
            return new PyFor(Py.Name(name), Py.Call("range", arguments), LowerLoopBody(body, []));
        }
        finally
        {
            if (nonNegative)
            {
                _ctx.NonNegative.Remove(name);
            }
        }
    }

    private PyCall FloatBound(PyExpression bound, string op)
    {
        // For an integer i: i < x iff i < ceil(x); i <= x iff i <= floor(x) (and mirrored for counting down).
        _ctx.Require("math");
        return Py.Method(Py.Name("math"), op is "<" or ">=" ? "ceil" : "floor", bound);
    }

    private static (string? Counter, SyntaxNode? Start, bool DeclaredHere) Start(SyntaxNode init)
    {
        if (init.Type is "local_variable_declaration" or "declaration")
        {
            var declarators = init.Children.Where(c => c.FieldName == "declarator").ToArray();
            if (declarators.Length != 1)
            {
                return (null, null, false);
            }
            var d = declarators[0];
            var name = d.ChildByField("name") ?? d.ChildByField("declarator");
            var value = d.ChildByField("value");
            return name is { Type: "identifier" } n && value is { } v && v.Type != "argument_list" ? (n.Text, v, true) : (null, null, false);
        }
        var assignment = Unwrap(init);
        if (assignment.Type == "assignment_expression" && OperatorOf(assignment) == "=" && Unwrap(Field(assignment, "left")) is { Type: "identifier" } target)
        {
            return (target.Text, Field(assignment, "right"), false);
        }
        return (null, null, false);
    }

    private CType DeclaredType(SyntaxNode declaration) => ReadType(Field(declaration, "type"));

    private static long? Step(SyntaxNode update, string counter)
    {
        update = Unwrap(update);
        if (update.Type == "update_expression")
        {
            var (operand, increment, _) = UpdateParts(update);
            return Unwrap(operand) is { Type: "identifier" } id && id.Text == counter ? increment ? 1 : -1 : null;
        }
        if (update.Type != "assignment_expression" || Unwrap(Field(update, "left")) is not { Type: "identifier" } left || left.Text != counter)
        {
            return null;
        }
        var op = OperatorOf(update);
        var right = Unwrap(Field(update, "right"));
        if (op is "+=" or "-=" && LiteralValue(right) is { } k && k > 0)
        {
            return op == "+=" ? k : -k;
        }
        if (op == "=" && right.Type == "binary_expression" && OperatorOf(right) is "+" or "-"
            && Unwrap(Field(right, "left")) is { Type: "identifier" } same && same.Text == counter && LiteralValue(Unwrap(Field(right, "right"))) is { } j && j > 0)
        {
            return OperatorOf(right) == "+" ? j : -j;
        }
        return null;
    }

    private static long? LiteralValue(SyntaxNode node) =>
        node.Type is "decimal_integer_literal" or "number_literal" && long.TryParse(node.Text.TrimEnd('l', 'L', 'u', 'U'), out var v) ? v : null;

    private static (string Op, SyntaxNode? Bound) Bound(SyntaxNode condition, string counter)
    {
        if (condition.Type != "binary_expression")
        {
            return (string.Empty, null);
        }
        var op = OperatorOf(condition);
        if (op is not ("<" or "<=" or ">" or ">="))
        {
            return (string.Empty, null);
        }
        var left = Unwrap(Field(condition, "left"));
        var right = Unwrap(Field(condition, "right"));
        if (left.Type == "identifier" && left.Text == counter)
        {
            return (op, right);
        }
        if (right.Type == "identifier" && right.Text == counter)
        {
            return (op switch { "<" => ">", "<=" => ">=", ">" => "<", _ => "<=" }, left);
        }
        return (string.Empty, null);
    }

    /// <summary>Names the body assigns, updates, takes the address of, or calls a mutating method on.</summary>
    private static HashSet<string> WrittenNames(SyntaxNode? body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (body is null)
        {
            return names;
        }
        var stack = new Stack<SyntaxNode>();
        stack.Push(body.Value);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node.Type)
            {
                case "assignment_expression":
                    AddRoot(names, Field(node, "left"));
                    break;
                case "update_expression":
                    AddRoot(names, UpdateParts(node).Operand);
                    break;
                case "pointer_expression" when OperatorOf(node) == "&":
                    AddRoot(names, Field(node, "argument"));
                    break;
                case "method_invocation" when node.ChildByField("object") is { } receiver && MutatingMethods.Contains(Field(node, "name").Text):
                    AddRoot(names, receiver);
                    break;
                case "call_expression" when Field(node, "function") is { Type: "field_expression" } f && MutatingMethods.Contains(Field(f, "field").Text):
                    AddRoot(names, Field(f, "argument"));
                    break;
                case "call_expression" when CallName(node) is "swap" or "memset" or "sort" or "reverse" or "fill":
                    foreach (var argument in Field(node, "arguments").NamedChildren)
                    {
                        AddRoot(names, argument);
                    }
                    break;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return names;
    }

    private static void AddRoot(HashSet<string> names, SyntaxNode target)
    {
        target = Unwrap(target);
        while (true)
        {
            var inner = target.ChildByField("array") ?? target.ChildByField("argument") ?? target.ChildByField("object");
            if (inner is null || target.Type is "identifier")
            {
                break;
            }
            target = Unwrap(inner.Value);
        }
        if (target.Type == "identifier")
        {
            names.Add(target.Text);
        }
    }

    /// <summary>A loop bound Python may evaluate once: no user calls, no names the body writes.</summary>
    private static bool IsStable(SyntaxNode bound, HashSet<string> written)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(bound);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type == "identifier" && written.Contains(node.Text))
            {
                return false;
            }
            if (node.Type is "update_expression" or "assignment_expression")
            {
                return false;
            }
            if (node.Type == "method_invocation" && Field(node, "name").Text is not ("length" or "size" or "charAt" or "get" or "sqrt" or "max" or "min" or "abs" or "pow" or "cbrt" or "log"))
            {
                return false;
            }
            if (node.Type == "call_expression" && CallName(node) is not ("size" or "length" or "sqrt" or "max" or "min" or "abs" or "strlen" or "pow" or "cbrt" or "log" or "log2"))
            {
                return false;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return true;
    }

    /// <summary>
    /// Whether <paramref name="counter"/> is read after <paramref name="loop"/> in the function being lowered: its
    /// first later occurrence is anything but the target of a plain assignment (which would overwrite it unread).
    /// </summary>
    private bool IsReadAfter(SyntaxNode loop, string counter)
    {
        if (_functionBody is not { } function)
        {
            return true;
        }
        SyntaxNode? first = null;
        var stack = new Stack<SyntaxNode>();
        stack.Push(function);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.EndByte <= loop.EndByte)
            {
                continue;
            }
            if (node.Type == "identifier" && node.StartByte >= loop.EndByte && node.Text == counter && (first is null || node.StartByte < first.Value.StartByte))
            {
                first = node;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        if (first is not { } occurrence)
        {
            return false;
        }
        return !(occurrence.Parent is { Type: "assignment_expression" } parent && OperatorOf(parent) == "="
            && parent.ChildByField("left") is { } left && left.StartByte == occurrence.StartByte
            && !ReadsName(Field(parent, "right"), counter));
    }

    private static bool InsideAnotherLoop(SyntaxNode loop)
    {
        for (var node = loop.Parent; node is { } n; node = n.Parent)
        {
            if (n.Type is "for_statement" or "while_statement" or "do_statement" or "enhanced_for_statement" or "for_range_loop")
            {
                return true;
            }
            if (n.Type is "method_declaration" or "function_definition" or "constructor_declaration" or "lambda_expression")
            {
                return false;
            }
        }
        return false;
    }

    private static bool ReadsName(SyntaxNode node, string name) =>
        node.Type == "identifier" ? node.Text == name : node.NamedChildren.Any(c => ReadsName(c, name));
}
