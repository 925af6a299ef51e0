using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

internal sealed partial class CLowering
{
    private sealed record SwitchGroup(List<SyntaxNode?> Labels, List<SyntaxNode> Statements, bool Arrow = false);

    /// <summary>
    /// switch as an if/elif chain. Empty cases merge with the next (<c>case 1: case 2:</c> becomes <c>in (1, 2)</c>);
    /// a trailing break is dropped. A case that falls through into a non-empty one, or breaks out early, has no
    /// if/elif form and is reported instead of being translated wrong.
    /// </summary>
    private List<PyStatement> LowerSwitch(SyntaxNode node)
    {
        var subject = Lower(Unwrap(Field(node, "condition")));
        var statements = new List<PyStatement>();
        var subjectExpression = subject.Python;
        if (subjectExpression is not (PyName or PyNumber or PyString or PyMember))
        {
            var temporary = _ctx.Temporary("switch_value");
            statements.Add(new PyAssign(Py.Name(temporary), subjectExpression));
            subjectExpression = Py.Name(temporary);
        }
        var groups = Groups(Field(node, "body"));
        for (var i = 0; i < groups.Count; i++)
        {
            var body = groups[i].Statements;
            if (body is [{ Type: "block" } block] && block.NamedChildren.LastOrDefault(c => c.Type != "comment") is { Type: "break_statement" })
            {
                // case "+": { ...; break; } is the same case with braces.
                body.Clear();
                body.AddRange(block.NamedChildren);
            }
            if (body.Count > 0 && body[^1].Type == "break_statement")
            {
                body.RemoveAt(body.Count - 1);
            }
            else if (!groups[i].Arrow && i < groups.Count - 1 && !(body.Count > 0 && body[^1].Type is "return_statement" or "continue_statement" or "throw_statement"))
            {
                return [.. statements, .. LowerFallThroughSwitch(node, subject.Type, subjectExpression)];
            }
            if (body.Any(ContainsOwnBreak))
            {
                return [.. statements, .. LowerFallThroughSwitch(node, subject.Type, subjectExpression)];
            }
        }

        var branches = new List<(PyExpression? Test, List<PyStatement> Body)>();
        foreach (var group in groups)
        {
            var test = ArmTest(group, subject.Type, subjectExpression);
            _ctx.PushScope();
            try
            {
                branches.Add((test, group.Statements.SelectMany(LowerStatement).ToList()));
            }
            finally
            {
                _ctx.PopScope();
            }
        }
        var otherwise = branches.FirstOrDefault(b => b.Test is null).Body ?? [];
        IReadOnlyList<PyStatement> chain = otherwise;
        foreach (var (test, body) in branches.Where(b => b.Test is not null).Reverse())
        {
            chain = [new PyIf(test!, body, chain)];
        }
        statements.AddRange(chain);
        return statements;
    }

    private static List<SwitchGroup> Groups(SyntaxNode body)
    {
        var groups = new List<SwitchGroup>();
        var pending = new List<SyntaxNode?>();
        foreach (var child in body.NamedChildren)
        {
            List<SyntaxNode?> labels;
            List<SyntaxNode> statements;
            switch (child.Type)
            {
                case "switch_block_statement_group":
                    labels = child.NamedChildren.Where(c => c.Type == "switch_label").SelectMany(LabelValues).ToList();
                    statements = child.NamedChildren.Where(c => c.Type is not ("switch_label" or "comment")).ToList();
                    break;
                case "switch_rule":
                    labels = child.NamedChildren.Where(c => c.Type == "switch_label").SelectMany(LabelValues).ToList();
                    statements = child.NamedChildren.Where(c => c.Type is not ("switch_label" or "comment")).ToList();
                    if (statements is [{ Type: "block" } block])
                    {
                        statements = block.NamedChildren.ToList();
                    }
                    pending.AddRange(labels);
                    groups.Add(new SwitchGroup(pending, statements, Arrow: true));
                    pending = [];
                    continue;
                case "case_statement":
                    labels = [child.ChildByField("value")];
                    statements = child.NamedChildren.Where(c => c.FieldName != "value" && c.Type != "comment").ToList();
                    break;
                default:
                    continue;
            }
            pending.AddRange(labels);
            if (statements.Count == 0)
            {
                continue;
            }
            groups.Add(new SwitchGroup(pending, statements));
            pending = [];
        }
        if (pending.Count > 0)
        {
            groups.Add(new SwitchGroup(pending, []));
        }
        return groups;
    }

    /// <summary>The values of a case label (<c>case "apr", "jun"</c> has two); <c>default</c> is one null.</summary>
    private static IEnumerable<SyntaxNode?> LabelValues(SyntaxNode label)
    {
        var values = label.NamedChildren.Where(c => c.Type != "comment").ToArray();
        return values.Length == 0 ? [null] : values.Select(v => (SyntaxNode?)v);
    }

    /// <summary>
    /// A Java switch expression (<c>int days = switch (m) { case "feb" -> 28; case "apr", "jun" -> 30; default -> 31; };</c>)
    /// as a chain of conditional expressions. Each arm must be a value (an expression, or a block or case that only
    /// yields one); an arm that runs statements or throws has no expression form and is reported.
    /// </summary>
    private LoweredExpression LowerSwitchValue(SyntaxNode node)
    {
        var subject = Lower(Unwrap(Field(node, "condition")));
        var subjectExpression = subject.Python;
        if (subjectExpression is not (PyName or PyNumber or PyString or PyMember))
        {
            var temporary = _ctx.Temporary("switch_value");
            subjectExpression = Py.Name(temporary);
            if (_ctx.Before is { } before)
            {
                before.Add(new PyAssign(subjectExpression, subject.Python));
            }
            else
            {
                throw Unsupported(node, "a switch expression on a computed value inside a condition");
            }
        }
        var groups = Groups(Field(node, "body"));
        if (groups.Any(g => ArmValue(g) is null))
        {
            return LowerSwitchValueAsStatements(node, subject.Type, subjectExpression, groups);
        }
        var arms = new List<(PyExpression? Test, LoweredExpression Value)>();
        foreach (var group in groups)
        {
            arms.Add((ArmTest(group, subject.Type, subjectExpression), Lower(ArmValue(group)!.Value)));
        }
        if (!arms.Any(a => a.Test is null))
        {
            // javac accepts a switch expression without default only when its arms cover every value (an enum's
            // constants): the last arm is then what remains.
            arms[^1] = (null, arms[^1].Value);
        }
        var otherwise = arms.First(a => a.Test is null).Value;
        var type = arms.Select(a => a.Value.Type).Aggregate(Join);
        PyExpression chain = Coerce(otherwise, type);
        foreach (var (test, value) in arms.Where(a => a.Test is not null).Reverse())
        {
            chain = new PyConditional(test!, Coerce(value, type), chain);
        }
        return new(chain, type);
    }

    /// <summary>The value an arm of a switch expression gives without running statements, or null.</summary>
    private static SyntaxNode? ArmValue(SwitchGroup group) => group.Statements switch
    {
        [{ Type: "expression_statement" } only] when group.Arrow => only.NamedChildren[0],
        [{ Type: "yield_statement" } yielded] => yielded.NamedChildren[0],
        [var expression] when group.Arrow && expression.Type is not ("throw_statement" or "block" or "expression_statement") => expression,
        _ => null,
    };

    private PyCompare? ArmTest(SwitchGroup group, CType subjectType, PyExpression subject)
    {
        var labels = group.Labels.Where(l => l is not null).Select(l => EnumLabel(l!.Value, subjectType) ?? Coerce(Lower(l!.Value), subjectType)).ToArray();
        return group.Labels.Contains(null) ? null : labels.Length == 1
            ? Py.Compare(subject, PyCompareOperator.Equal, labels[0])
            : Py.Compare(subject, PyCompareOperator.In, new PyTuple(labels));
    }

    /// <summary>
    /// A switch expression whose arms run statements (a block ending in <c>yield</c>, a <c>throw</c>): an if/elif
    /// chain run before the statement that holds it, each arm assigning its value to a temporary that stands in its place.
    /// </summary>
    private LoweredExpression LowerSwitchValueAsStatements(SyntaxNode node, CType subjectType, PyExpression subject, List<SwitchGroup> groups)
    {
        if (_ctx.Before is not { } before)
        {
            throw Unsupported(node, "a switch expression whose arms run statements, inside a condition");
        }
        var result = Py.Name(_ctx.Temporary("switch_result"));
        var types = new List<CType>();
        var branches = new List<(PyExpression? Test, List<PyStatement> Body)>();
        foreach (var group in groups)
        {
            var test = ArmTest(group, subjectType, subject);
            _ctx.PushScope();
            try
            {
                var body = new List<PyStatement>();
                var statements = group.Statements is [{ Type: "expression_statement" } only] && group.Arrow ? [] : group.Statements;
                foreach (var statement in statements)
                {
                    if (statement.Type == "yield_statement")
                    {
                        var yielded = Lower(statement.NamedChildren[0]);
                        types.Add(yielded.Type);
                        body.Add(new PyAssign(result, yielded.Python));
                    }
                    else
                    {
                        body.AddRange(LowerStatement(statement));
                    }
                }
                if (ArmValue(group) is { } value && statements.Count == 0)
                {
                    var lowered = Lower(value);
                    types.Add(lowered.Type);
                    body.Add(new PyAssign(result, lowered.Python));
                }
                branches.Add((test, body));
            }
            finally
            {
                _ctx.PopScope();
            }
        }
        IReadOnlyList<PyStatement> chain = branches.FirstOrDefault(b => b.Test is null).Body ?? [];
        foreach (var (test, body) in branches.Where(b => b.Test is not null).Reverse())
        {
            chain = [new PyIf(test!, body, chain)];
        }
        before.AddRange(chain);
        return new(result, types.Count == 0 ? CType.Unknown : types.Aggregate(Join));
    }

    /// <summary>Whether a break in <paramref name="node"/> would leave the switch (not a loop or switch nested inside it).</summary>
    /// <summary>
    /// A switch whose cases fall through, or break out early: the index of the case the value enters at, then each
    /// case in order under <c>if entry &lt;= i</c>, inside a loop that runs once so that <c>break</c> leaves the switch
    /// as it does in C and Java. A <c>continue</c> of an enclosing loop would only leave that one-pass loop, so a
    /// case that continues is reported.
    /// </summary>
    private List<PyStatement> LowerFallThroughSwitch(SyntaxNode node, CType subjectType, PyExpression subject)
    {
        var groups = Groups(Field(node, "body"));
        if (groups.Any(g => g.Statements.Any(ContainsOwnContinue)))
        {
            throw Unsupported(node, "a switch case that falls through, with a continue of the enclosing loop");
        }
        var entry = Py.Name(_ctx.Temporary("entry"));
        var otherwise = groups.FindIndex(g => g.Labels.Contains(null));
        PyExpression index = Py.Number(otherwise >= 0 ? otherwise : groups.Count);
        for (var i = groups.Count - 1; i >= 0; i--)
        {
            if (ArmTest(groups[i], subjectType, subject) is { } test)
            {
                index = new PyConditional(test, Py.Number(i), index);
            }
        }
        var cases = new List<PyStatement>();
        _ctx.PushScope();
        try
        {
            for (var i = 0; i < groups.Count; i++)
            {
                if (groups[i].Statements.Count > 0)
                {
                    cases.Add(new PyIf(Py.Compare(entry, PyCompareOperator.LessOrEqual, Py.Number(i)), groups[i].Statements.SelectMany(LowerStatement).ToList(), []));
                }
            }
        }
        finally
        {
            _ctx.PopScope();
        }
        return [new PyAssign(entry, index), new PyFor(Py.Name("_"), Py.Call("range", Py.Number(1)), cases)];
    }

    private static bool ContainsOwnBreak(SyntaxNode node)
    {
        if (node.Type == "break_statement")
        {
            return true;
        }
        if (node.Type is "for_statement" or "while_statement" or "do_statement" or "enhanced_for_statement" or "for_range_loop" or "switch_expression" or "switch_statement" or "lambda_expression")
        {
            return false;
        }
        return node.NamedChildren.Any(ContainsOwnBreak);
    }
}
