using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Loops. A <c>for</c> becomes <c>range</c> only when that is exact (one counter, literal step, a bound the body
/// cannot change, a counter not assigned in the body and not read after the loop); otherwise a <c>while</c>
/// whose every <c>continue</c> runs the update first. <c>foreach</c> iterates a copy when the body changes the array.
/// </summary>
internal sealed partial class PhpLowering
{
    private List<PyStatement> InLoop(SyntaxNode body, IReadOnlyList<PyStatement> continuePrelude, IReadOnlyList<PyStatement>? breakPrelude = null)
    {
        _frames.Push(new Frame(false, continuePrelude, breakPrelude));
        try
        {
            return LowerBody(body);
        }
        finally
        {
            _frames.Pop();
        }
    }

    private IReadOnlyList<PyStatement> LowerWhile(SyntaxNode node)
    {
        var test = Condition(Field(node, "condition"));
        return [new PyWhile(test, InLoop(Field(node, "body"), []))];
    }

    private IReadOnlyList<PyStatement> LowerDoWhile(SyntaxNode node)
    {
        var body = Field(node, "body");
        var test = Condition(Field(node, "condition"));
        var continues = Descendants(body).Any(n => n.Type == "continue_statement");
        if (!continues)
        {
            var lowered = InLoop(body, []);
            return [new PyWhile(PyConstant.True, [.. lowered, new PyIf(new PyUnary(PyUnaryOperator.Not, test), [new PyBreak()], [])])];
        }
        // A continue must still test the condition: the first pass runs unconditionally.
        var first = Temporary("first");
        var loweredBody = InLoop(body, []);
        return
        [
            new PyAssign(new PyName(first), PyConstant.True),
            new PyWhile(new PyBoolean(new PyName(first), PyBooleanOperator.Or, test), [new PyAssign(new PyName(first), PyConstant.False), .. loweredBody]),
        ];
    }

    private IReadOnlyList<PyStatement> LowerFor(SyntaxNode node)
    {
        var initialize = node.ChildByField("initialize");
        var condition = node.ChildByField("condition");
        var update = node.ChildByField("update");
        var body = Field(node, "body");
        if (CountedRange(node, initialize, condition, update, body) is { } range)
        {
            return [new PyFor(new PyName(VariableName(range.Counter)), range.Iterable, InLoop(body, []))];
        }
        var result = new List<PyStatement>();
        foreach (var init in initialize is { } i ? SequenceItems(i) : [])
        {
            result.AddRange(LowerExpressionStatement(Unwrap(init)));
        }
        var conditions = condition is { } c ? SequenceItems(c).ToList() : [];
        if (conditions.Count > 1)
        {
            throw Unsupported(condition!.Value, "a for condition with several expressions is not translated");
        }
        var test = conditions.Count == 0 ? PyConstant.True : Condition(conditions[0]);
        var updates = new List<PyStatement>();
        foreach (var u in update is { } up ? SequenceItems(up) : [])
        {
            updates.AddRange(LowerExpressionStatement(Unwrap(u)));
        }
        var loweredBody = InLoop(body, updates);
        result.Add(new PyWhile(test, [.. loweredBody, .. updates]));
        return result;
    }

    private static IEnumerable<SyntaxNode> SequenceItems(SyntaxNode node) => node.Type == "sequence_expression" ? Flatten(node) : [node];

    private (string Counter, PyExpression Iterable)? CountedRange(SyntaxNode loop, SyntaxNode? initialize, SyntaxNode? condition, SyntaxNode? update, SyntaxNode body)
    {
        if (initialize is not { Type: "assignment_expression" } init || condition is not { Type: "binary_expression" } cond || update is null)
        {
            return null;
        }
        var counterNode = Field(init, "left");
        if (counterNode.Type != "variable_name" || Unwrap(Field(cond, "left")) is not { Type: "variable_name" } tested || tested.Text != counterNode.Text)
        {
            return null;
        }
        var counter = VariableOf(counterNode);
        if (_scope.Aliases.ContainsKey(counter) || _scope.Boxed.Contains(counter))
        {
            return null;
        }
        var step = StepOf(update.Value, counterNode.Text);
        var op = Field(cond, "operator").Text;
        if (step is null || step == 0 || (step > 0 && op is not ("<" or "<=")) || (step < 0 && op is not (">" or ">=")))
        {
            return null;
        }
        var boundNode = Field(cond, "right");
        var start = LowerExpression(Field(init, "right"));
        var bound = LowerExpression(boundNode);
        if (start.Type is not (PhpType.Int or PhpType.Unknown) || bound.Type is not (PhpType.Int or PhpType.Unknown) || _scope.TypeOf(counter) is not (PhpType.Int or PhpType.Unknown))
        {
            return null;
        }
        // The body may not change the counter or anything the bound reads.
        var boundNames = Descendants(boundNode).Append(boundNode).Where(n => n.Type == "variable_name").Select(n => n.Text).ToHashSet(StringComparer.Ordinal);
        var assigned = Descendants(body).Where(n => n.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression" or "foreach_statement" or "list_literal")
            .SelectMany(n => n.Type == "foreach_statement" ? n.NamedChildren.Skip(1).SelectMany(c => Descendants(c).Append(c)) : [n.ChildByField("left") ?? n.ChildByField("argument") ?? n])
            .Select(t => BaseVariable(t) is { } b ? "$" + b : t.Text)
            .ToHashSet(StringComparer.Ordinal);
        if (assigned.Contains(counterNode.Text) || boundNames.Overlaps(assigned))
        {
            return null;
        }
        var calls = Descendants(boundNode).Append(boundNode).Where(n => n.Type is "function_call_expression" or "member_call_expression" or "scoped_call_expression" or "member_access_expression").ToList();
        if (calls.Any(c => c.Type != "function_call_expression" || c.ChildByField("function")?.Text.ToLowerInvariant() is not ("count" or "strlen" or "sizeof")))
        {
            return null;
        }
        if (calls.Count > 0 && Descendants(body).Any(n => n.Type == "function_call_expression" && (InPlaceArrayFunctions.Contains(n.ChildByField("function")?.Text ?? "") || _functions.ContainsKey(n.ChildByField("function")?.Text ?? ""))))
        {
            return null;
        }
        if (ReadAfter(loop, counterNode.Text))
        {
            return null;
        }
        PyExpression end = op switch
        {
            "<=" => Plus(bound.Expression, 1),
            ">=" => Plus(bound.Expression, -1),
            _ => bound.Expression,
        };
        var args = step == 1 && start.Expression is PyNumber { Text: "0" } ? new[] { end }
            : step == 1 ? [start.Expression, end]
            : [start.Expression, end, PyNumber.Of(step.Value)];
        return (counter, PyCall.Of("range", args));
    }

    private static PyExpression Plus(PyExpression e, long k) =>
        e is PyNumber n && long.TryParse(n.Text, out var v) ? PyNumber.Of(v + k)
        : e is PyBinary { Operator: PyBinaryOperator.Subtract, Right: PyNumber { Text: "1" } } b && k == 1 ? b.Left
        : new PyBinary(e, k > 0 ? PyBinaryOperator.Add : PyBinaryOperator.Subtract, PyNumber.Of(System.Math.Abs(k)));

    private static long? StepOf(SyntaxNode update, string counter)
    {
        update = Unwrap(update);
        if (update.Type == "update_expression" && update.ChildByField("argument")?.Text == counter)
        {
            return update.Children.Any(c => c.Text == "++") ? 1 : -1;
        }
        if (update.Type == "augmented_assignment_expression" && update.ChildByField("left")?.Text == counter
            && Unwrap(Field(update, "right")) is { Type: "integer" } k && long.TryParse(k.Text, out var value))
        {
            return update.ChildByField("operator")?.Text switch { "+=" => value, "-=" => -value, _ => null };
        }
        return null;
    }

    /// <summary>Whether the loop's counter is read after the loop before being assigned again (range stops one step short).</summary>
    private static bool ReadAfter(SyntaxNode loop, string variable)
    {
        var root = loop;
        while (root.Parent is { } parent && !ScopeBoundaries.Contains(parent.Type) && parent.Type != "program")
        {
            root = parent;
        }
        if (root.Parent is { } p)
        {
            root = p;
        }
        var after = Descendants(root).Where(n => n.StartByte >= loop.EndByte && n.Type == "variable_name" && n.Text == variable).OrderBy(n => n.StartByte).FirstOrDefault();
        if (after.IsNull || after == default)
        {
            return InsideLoop(loop) && Descendants(root).Any(n => n.Type == "variable_name" && n.Text == variable && n.EndByte <= loop.StartByte);
        }
        var parentNode = after.Parent;
        var assignedFirst = parentNode is { Type: "assignment_expression" } a && a.ChildByField("left") == after;
        return !assignedFirst;
    }

    private static bool InsideLoop(SyntaxNode node)
    {
        for (var p = node.Parent; p is { } parent && !ScopeBoundaries.Contains(parent.Type); p = parent.Parent)
        {
            if (parent.Type is "for_statement" or "while_statement" or "do_statement" or "foreach_statement")
            {
                return true;
            }
        }
        return false;
    }

    private IReadOnlyList<PyStatement> LowerForeach(SyntaxNode node)
    {
        var children = node.NamedChildren.Where(c => c.Type != "comment").ToArray();
        var arrayNode = children[0];
        var binding = children[1];
        var body = Field(node, "body");
        var array = LowerExpression(arrayNode);
        if (binding.Type == "by_ref" || (binding.Type == "pair" && binding.NamedChildren[^1].Type == "by_ref"))
        {
            return LowerForeachByReference(node, arrayNode, binding, array);
        }
        var changed = BaseVariable(Unwrap(arrayNode)) is { } name && Descendants(body).Any(n =>
            (n.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression" && (n.ChildByField("left") ?? n.ChildByField("argument")) is { } t && BaseVariable(t) == name && t.Type == "subscript_expression")
            || (n.Type == "function_call_expression" && InPlaceArrayFunctions.Contains(n.ChildByField("function")?.Text ?? "") && n.Text.Contains("$" + name, StringComparison.Ordinal)));
        PyExpression target;
        PyExpression iterable;
        var prologue = new List<PyStatement>();
        if (binding.Type == "pair")
        {
            target = new PyTuple([ForeachTarget(binding.NamedChildren[0]), ForeachTarget(binding.NamedChildren[^1], prologue)]);
            iterable = array.Type switch
            {
                PhpType.List => PyCall.Of("enumerate", array.Expression),
                PhpType.Dict => PyCall.Method(array.Expression, "items"),
                _ => Helper("php_items", array.Expression),
            };
            if (changed && array.Type != PhpType.Unknown)
            {
                iterable = PyCall.Of("list", iterable);
            }
        }
        else
        {
            target = ForeachTarget(binding, prologue);
            iterable = array.Type switch
            {
                PhpType.List => changed ? PyCall.Of("list", array.Expression) : array.Expression,
                PhpType.Dict => changed ? PyCall.Of("list", PyCall.Method(array.Expression, "values")) : PyCall.Method(array.Expression, "values"),
                PhpType.String => throw Unsupported(arrayNode, "foreach over a string is an error in PHP"),
                _ => changed ? PyCall.Of("list", Helper("php_values", array.Expression)) : Helper("php_values", array.Expression),
            };
        }
        return [new PyFor(target, iterable, [.. prologue, .. InLoop(body, [])])];
    }

    private PyExpression ForeachTarget(SyntaxNode node) => node.Type switch
    {
        "variable_name" => LowerExpression(node).Expression,
        "list_literal" or "array_creation_expression" => new PyTuple(PatternElements(node).Select(e => ForeachTarget(e.Target!.Value)).ToArray()),
        _ => throw Unsupported(node, $"a foreach target of kind {node.Type} is not translated"),
    };

    private IReadOnlyList<PyStatement> LowerBreak(SyntaxNode node)
    {
        if (JumpLevels(node) != 1)
        {
            return LowerLevelledJump(node, JumpLevels(node), isContinue: false);
        }
        if (_frames.Count > 0 && _frames.Peek().IsSwitch)
        {
            throw Unsupported(node, "a break in the middle of a switch case is not translated");
        }
        return [.. _frames.Count > 0 ? _frames.Peek().BreakPrelude ?? [] : [], new PyBreak()];
    }

    private IReadOnlyList<PyStatement> LowerContinue(SyntaxNode node)
    {
        if (JumpLevels(node) != 1)
        {
            return LowerLevelledJump(node, JumpLevels(node), isContinue: true);
        }
        if (_frames.Count == 0 || _frames.Peek().IsSwitch)
        {
            throw Unsupported(node, "continue inside a switch acts as break in PHP; not translated");
        }
        return [.. _frames.Peek().ContinuePrelude, new PyContinue()];
    }
}
