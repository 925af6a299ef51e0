using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>switch</c> becomes an if/elif chain (empty cases merge into <c>x in (a, b)</c>; a case falling through into
/// a non-empty one is reported); <c>match</c> becomes a conditional expression (strict comparison, and an
/// unmatched value raises as PHP's UnhandledMatchError does).
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerSwitch(SyntaxNode node)
    {
        var subjectValue = LowerExpression(Unwrap(Field(node, "condition")));
        var result = new List<PyStatement>();
        var subject = subjectValue.Expression;
        if (subject is not (PyName or PyNumber or PyString))
        {
            var temporary = Temporary("switch_value");
            result.Add(new PyAssign(new PyName(temporary), subject));
            subject = new PyName(temporary);
        }
        var cases = Field(node, "body").NamedChildren.Where(c => c.Type is "case_statement" or "default_statement").ToArray();
        var branches = new List<(List<PyExpression> Values, bool Default, List<PyStatement> Body)>();
        var pending = new List<PyExpression>();
        var pendingDefault = false;
        for (var i = 0; i < cases.Length; i++)
        {
            var c = cases[i];
            var body = Named(c).Where(s => c.Type == "default_statement" || s != c.ChildByField("value")).ToList();
            if (c.Type == "case_statement")
            {
                pending.Add(LowerExpression(Field(c, "value")).Expression);
            }
            else
            {
                pendingDefault = true;
            }
            if (body.Count == 0 && i < cases.Length - 1)
            {
                continue;
            }
            var ends = body.Count > 0 && body[^1].Type is "break_statement" or "return_statement" or "continue_statement" or "exit_statement"
                || (body.Count > 0 && body[^1].Type == "expression_statement" && body[^1].NamedChildren[0].Type == "throw_expression");
            if (!ends && i < cases.Length - 1)
            {
                return Untranslated(c, "this switch case falls through into the next one; not translated");
            }
            if (body.Count > 0 && body[^1].Type == "break_statement" && body[^1].NamedChildCount == 0)
            {
                body.RemoveAt(body.Count - 1);
            }
            _frames.Push(new Frame(true, []));
            try
            {
                branches.Add((pending, pendingDefault, LowerBlock(body)));
            }
            finally
            {
                _frames.Pop();
            }
            pending = [];
            pendingDefault = false;
        }
        var fallback = branches.FirstOrDefault(b => b.Default);
        PyStatement[] chain = fallback.Body is { } d ? [.. d] : [];
        var hasElse = fallback.Body is not null;
        foreach (var branch in branches.Where(b => !b.Default).Reverse())
        {
            var test = branch.Values.Count == 1
                ? new PyCompare(subject, PyCompareOperator.Equal, branch.Values[0])
                : new PyCompare(subject, PyCompareOperator.In, new PyTuple(branch.Values));
            chain = [new PyIf(test, branch.Body.Count == 0 ? [new PyPass()] : branch.Body, chain)];
            hasElse = true;
        }
        if (hasElse)
        {
            result.AddRange(chain);
        }
        return result;
    }

    private Lowered LowerMatch(SyntaxNode node)
    {
        var subjectNode = Unwrap(Field(node, "condition"));
        var matchTrue = subjectNode.Type == "boolean" && subjectNode.Text.Equals("true", StringComparison.OrdinalIgnoreCase);
        var subject = matchTrue ? null : LowerExpression(subjectNode).Expression;
        var arms = Field(node, "body").NamedChildren.Where(c => c.Type is "match_conditional_expression" or "match_default_expression").ToArray();
        var fallback = arms.FirstOrDefault(a => a.Type == "match_default_expression");
        var type = PhpType.Unknown;
        PyExpression result = fallback.IsNull || fallback == default
            ? Helper("php_match_error", subject ?? PyConstant.True)
            : LowerExpression(Field(fallback, "return_expression")).Expression;
        var first = true;
        foreach (var arm in arms.Where(a => a.Type == "match_conditional_expression").Reverse())
        {
            var value = LowerExpression(Field(arm, "return_expression"));
            type = first ? value.Type : PhpTypes.Join(type, value.Type);
            first = false;
            var conditions = Named(Field(arm, "conditional_expressions")).Select(c => LowerExpression(c).Expression).ToArray();
            PyExpression test = matchTrue
                ? conditions.Aggregate((a, b) => new PyBoolean(a, PyBooleanOperator.Or, b))
                : conditions.Length == 1 ? new PyCompare(subject!, PyCompareOperator.Equal, conditions[0]) : new PyCompare(subject!, PyCompareOperator.In, new PyTuple(conditions));
            result = new PyConditional(test, value.Expression, result);
        }
        return new Lowered(result, type);
    }
}
