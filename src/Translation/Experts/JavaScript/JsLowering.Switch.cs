using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A switch as an if/elif chain: empty cases merge into <c>in (...)</c>; a non-empty case that falls through
    /// into the next one takes that case's statements too; one that breaks before its end is reported.
    /// </summary>
    private List<PyStatement> LowerSwitch(SyntaxNode node)
    {
        var result = new List<PyStatement>();
        var subject = Lower(node.ChildByField("value")!.Value);
        if (subject.Py is not (PyName or PyNumber or PyString))
        {
            var temporary = ctx.Temporary("key");
            result.Add(new PyAssign([new PyName(temporary)], subject.Py));
            subject = JsValue.Of(new PyName(temporary), subject.Type);
        }
        var clauses = node.ChildByField("body")!.Value.NamedChildren.Where(c => c.Type is "switch_case" or "switch_default").ToList();
        var branches = new List<(PyExpression? Test, List<PyStatement> Body)>();
        var pending = new List<PyExpression>();
        var pendingDefault = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var valueNode = clause.ChildByField("value");
            if (valueNode is { } v)
            {
                pending.Add(Lower(v).Py);
            }
            else
            {
                pendingDefault = true;
            }
            var statements = ClauseStatements(clause);
            if (statements.Count == 0 && i < clauses.Count - 1)
            {
                continue;
            }
            // A case that falls through runs the next cases' statements too, up to one that leaves the switch.
            for (var next = i + 1; next < clauses.Count && !Leaves(statements); next++)
            {
                statements.AddRange(ClauseStatements(clauses[next]));
            }
            var endsWithBreak = statements.Count > 0 && statements[^1].Type == "break_statement" && statements[^1].NamedChildCount == 0;
            if (endsWithBreak)
            {
                statements.RemoveAt(statements.Count - 1);
            }
            ctx.PushLoop([], LoopKind.Switch);
            List<PyStatement> body;
            try
            {
                body = statements.SelectMany(LowerStatement).ToList();
            }
            finally
            {
                ctx.PopLoop();
            }
            PyExpression? test = pendingDefault ? null
                : pending.Count == 1 ? new PyCompare(subject.Py, PyCompareOperator.Equal, pending[0])
                : new PyCompare(subject.Py, PyCompareOperator.In, new PyTuple(pending.ToList()));
            branches.Add((test, body));
            pending.Clear();
            pendingDefault = false;
        }
        // The default runs only when no case matched, wherever it stands.
        var ordered = branches.Where(b => b.Test is not null).Concat(branches.Where(b => b.Test is null)).ToList();
        List<PyStatement> chain = [];
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            chain = ordered[i].Test is null ? ordered[i].Body : [new PyIf(ordered[i].Test!, ordered[i].Body, chain)];
        }
        result.AddRange(chain);
        return result;
    }

    private static List<SyntaxNode> ClauseStatements(SyntaxNode clause)
    {
        var valueNode = clause.ChildByField("value");
        var statements = clause.NamedChildren.Where(c => c != valueNode && c.Type != "comment").ToList();
        return statements is [{ Type: "statement_block" } block] ? block.NamedChildren.Where(c => c.Type != "comment").ToList() : statements;
    }

    private static bool Leaves(List<SyntaxNode> statements) =>
        statements.Count > 0 && (statements[^1] is { Type: "break_statement", NamedChildCount: 0 } || statements[^1].Type is "return_statement" or "throw_statement" or "continue_statement");
}
