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
            if (body.Count > 0 && body[^1].Type == "break_statement")
            {
                body.RemoveAt(body.Count - 1);
            }
            else if (!groups[i].Arrow && i < groups.Count - 1 && !(body.Count > 0 && body[^1].Type is "return_statement" or "continue_statement" or "throw_statement"))
            {
                throw Unsupported(node, "a switch case that falls through into the next");
            }
            if (body.Any(ContainsOwnBreak))
            {
                throw Unsupported(node, "a break inside a switch case before its end");
            }
        }

        var branches = new List<(PyExpression? Test, List<PyStatement> Body)>();
        foreach (var group in groups)
        {
            var labels = group.Labels.Where(l => l is not null).Select(l => Coerce(Lower(l!.Value), subject.Type)).ToArray();
            PyExpression? test = labels.Length switch
            {
                0 => null,
                1 => Py.Compare(subjectExpression, PyCompareOperator.Equal, labels[0]),
                _ => Py.Compare(subjectExpression, PyCompareOperator.In, new PyTuple(labels)),
            };
            _ctx.PushScope();
            try
            {
                var body = group.Statements.SelectMany(LowerStatement).ToList();
                branches.Add((group.Labels.Contains(null) ? null : test, body));
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
                    labels = child.NamedChildren.Where(c => c.Type == "switch_label").Select(LabelValue).ToList();
                    statements = child.NamedChildren.Where(c => c.Type is not ("switch_label" or "comment")).ToList();
                    break;
                case "switch_rule":
                    labels = child.NamedChildren.Where(c => c.Type == "switch_label").Select(LabelValue).ToList();
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

    private static SyntaxNode? LabelValue(SyntaxNode label)
    {
        var values = label.NamedChildren.Where(c => c.Type != "comment").ToArray();
        return values.Length == 0 ? null : values.Length == 1 ? values[0] : throw Unsupported(label, "a case with several values");
    }

    /// <summary>Whether a break in <paramref name="node"/> would leave the switch (not a loop or switch nested inside it).</summary>
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
