using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// switch statements become if/elif chains (labels of one section joined, <c>default</c> last, the closing
/// break dropped); switch expressions become nested conditional expressions; patterns become tests, and the
/// variables they declare are assigned in front (the subject is evaluated once).
/// </summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> LowerSwitch(SwitchStatementSyntax statement)
    {
        var result = new List<PyStatement>();
        var subject = Subject(statement.Expression, result);
        PyIf? first = null;
        PyIf? last = null;
        List<PyStatement>? defaultBody = null;
        foreach (var section in statement.Sections)
        {
            var statements = section.Statements.ToList();
            if (statements.Count > 0 && statements[^1] is BreakStatementSyntax)
            {
                statements.RemoveAt(statements.Count - 1);
            }
            else if (statements.Count > 0 && statements[^1] is BlockSyntax { Statements: [.., BreakStatementSyntax] } block)
            {
                // the block's own statements, spliced in without the closing break (a rewritten block would be
                // a node outside the bound tree, which the semantic model refuses)
                statements.RemoveAt(statements.Count - 1);
                statements.AddRange(block.Statements.Take(block.Statements.Count - 1));
            }
            _loops.Push(new LoopFrame([], IsSwitch: true));
            List<PyStatement> body;
            try
            {
                body = statements.SelectMany(LowerStatementGuarded).ToList();
            }
            finally
            {
                _loops.Pop();
            }
            if (section.Labels.Any(l => l is DefaultSwitchLabelSyntax))
            {
                defaultBody = body;
                continue;
            }
            var tests = new List<PyExpression>();
            var constants = new List<PyExpression>();
            foreach (var label in section.Labels)
            {
                switch (label)
                {
                    case CaseSwitchLabelSyntax c when SymbolOf(c.Value) is ITypeSymbol labelType:
                        tests.Add(TypeTest(labelType, c.Value, subject.Expression)); // case Circle: is a type pattern
                        break;
                    case CaseSwitchLabelSyntax c:
                        constants.Add(LowerConverted(c.Value));
                        break;
                    case CasePatternSwitchLabelSyntax p:
                        var test = LowerPattern(p.Pattern, PatternSubject(subject.Expression, subject.Type, p.Pattern), result);
                        if (p.WhenClause is { } when)
                        {
                            test = new PyBoolean(test, PyBooleanOperator.And, Lower(when.Condition));
                        }
                        tests.Add(test);
                        break;
                }
            }
            if (constants.Count == 1)
            {
                tests.Insert(0, Equality(subject.Expression, constants[0]));
            }
            else if (constants.Count > 1)
            {
                tests.Insert(0, Py.Compare(subject.Expression, PyCompareOperator.In, new PyTuple(constants)));
            }
            var condition = tests.Aggregate((a, b) => new PyBoolean(a, PyBooleanOperator.Or, b));
            var branch = new PyIf(condition, body, []);
            if (first is null)
            {
                first = branch;
            }
            else
            {
                last = Chain(first, branch);
                first = last;
            }
        }
        if (first is null)
        {
            result.AddRange(defaultBody ?? []);
            return result;
        }
        if (defaultBody is not null)
        {
            first = Chain(first, null, defaultBody);
        }
        result.Add(first);
        return result;
    }

    /// <summary>Appends <paramref name="next"/> (or a plain else body) at the end of an if/elif chain.</summary>
    private static PyIf Chain(PyIf chain, PyIf? next, List<PyStatement>? elseBody = null)
    {
        if (chain.OrElse is [PyIf inner])
        {
            return chain with { OrElse = [Chain(inner, next, elseBody)] };
        }
        return chain with { OrElse = next is null ? elseBody! : [next] };
    }

    private static PyExpression Equality(PyExpression left, PyExpression right) =>
        right is PyConstant { Keyword: "None" } ? Py.Compare(left, PyCompareOperator.Is, right) : Py.Compare(left, PyCompareOperator.Equal, right);

    /// <summary>The switch subject as a name (a temporary holds anything that is not already one).</summary>
    private (PyExpression Expression, ITypeSymbol? Type) Subject(ExpressionSyntax expression, List<PyStatement> before)
    {
        var lowered = Lower(expression);
        if (lowered is PyName)
        {
            return (lowered, TypeOf(expression));
        }
        var temporary = Temporary("subject");
        before.Add(new PyAssign([Py.Name(temporary)], lowered));
        return (Py.Name(temporary), TypeOf(expression));
    }

    private PyExpression LowerSwitchExpression(SwitchExpressionSyntax expression)
    {
        var before = new List<PyStatement>();
        var subject = Subject(expression.GoverningExpression, before);
        foreach (var statement in before)
        {
            Hoist(expression, statement);
        }
        PyExpression result = new PyCall(Helper(CSharpHelpers.Raise), [Py.Call("ValueError", new PyString("no switch arm matched the value"))]);
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arm in expression.Arms.Reverse())
        {
            var bindings = new List<PyStatement>();
            var test = LowerPattern(arm.Pattern, PatternSubject(subject.Expression, subject.Type, arm.Pattern), bindings);
            foreach (var binding in bindings)
            {
                // Two arms declaring c on the subject (Circle c, Square c) need one c = subject.
                if (binding is not PyAssign { Targets: [PyName target], Value: PyName source } || bound.Add(target.Id + "=" + source.Id))
                {
                    Hoist(arm, binding);
                }
            }
            if (arm.WhenClause is { } when)
            {
                test = new PyBoolean(test, PyBooleanOperator.And, Lower(when.Condition));
            }
            var value = LowerConverted(arm.Expression);
            result = test is PyConstant { Keyword: "True" } ? value : new PyConditional(test, value, result);
        }
        return result;
    }
}
