using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Loops. <c>while</c> stays <c>while</c>; <c>do</c>/<c>while</c> becomes <c>while True</c> ending in a tested
/// break (a <c>continue</c> tests the condition first, as C# does); <c>foreach</c> becomes <c>for</c>. A counted
/// <c>for</c> becomes <c>range</c> only when that is exact (see <see cref="TryRange"/>); otherwise <c>while</c>,
/// with the update run before every <c>continue</c>.
/// </summary>
internal sealed partial class CSharpLowering
{
    private readonly Stack<LoopFrame> _loops = new();

    /// <summary>A loop or switch being lowered: what a <c>continue</c> must run first, and whether <c>break</c> leaves a switch.</summary>
    private sealed record LoopFrame(List<PyStatement> BeforeContinue, bool IsSwitch = false);

    private List<PyStatement> InLoop(LoopFrame frame, StatementSyntax body)
    {
        _loops.Push(frame);
        try
        {
            return LowerBlock(body);
        }
        finally
        {
            _loops.Pop();
        }
    }

    private IEnumerable<PyStatement> LowerBreak(BreakStatementSyntax brk)
    {
        if (_loops.TryPeek(out var frame) && frame.IsSwitch)
        {
            throw Unsupported(brk, "a break before the end of a switch section is not translated");
        }
        return [new PyBreak()];
    }

    private IEnumerable<PyStatement> LowerContinue(ContinueStatementSyntax cont)
    {
        var loop = _loops.FirstOrDefault(f => !f.IsSwitch);
        return loop is null ? [new PyContinue()] : [.. loop.BeforeContinue, new PyContinue()];
    }

    /// <summary>A condition lowered on its own, with the statements it hoists (re-run each time it is tested).</summary>
    private (PyExpression Test, List<PyStatement> Pre) LowerLoopCondition(ExpressionSyntax? condition)
    {
        if (condition is null)
        {
            return (PyConstant.True, []);
        }
        var saved = _pre;
        _pre = [];
        try
        {
            var test = LowerCondition(condition);
            return (test, _pre);
        }
        finally
        {
            _pre = saved;
        }
    }

    private IEnumerable<PyStatement> LowerWhile(WhileStatementSyntax loop)
    {
        var (test, pre) = LowerLoopCondition(loop.Condition);
        var body = InLoop(new LoopFrame([]), loop.Statement);
        if (pre.Count == 0)
        {
            return [new PyWhile(test, body)];
        }
        return [new PyWhile(PyConstant.True, [.. pre, new PyIf(PyUnary.Not(test), [new PyBreak()], []), .. body])];
    }

    private IEnumerable<PyStatement> LowerDo(DoStatementSyntax loop)
    {
        var (test, pre) = LowerLoopCondition(loop.Condition);
        List<PyStatement> check = [.. pre, new PyIf(PyUnary.Not(test), [new PyBreak()], [])];
        var body = InLoop(new LoopFrame(check), loop.Statement);
        return [new PyWhile(PyConstant.True, [.. body, .. check])];
    }

    private IEnumerable<PyStatement> LowerFor(ForStatementSyntax loop)
    {
        if (TryRange(loop) is { } counted)
        {
            return [counted];
        }
        var result = new List<PyStatement>();
        if (loop.Declaration is { } declaration)
        {
            foreach (var variable in declaration.Variables)
            {
                var symbol = _model.GetDeclaredSymbol(variable, _cancellationToken)!;
                _owners[symbol] = _function;
                if (variable.Initializer is { } init)
                {
                    result.Add(new PyAssign([Py.Name(NameOf(symbol))], LowerConverted(init.Value)));
                }
            }
        }
        foreach (var initializer in loop.Initializers)
        {
            result.AddRange(LowerExpressionStatement(initializer));
        }
        var update = loop.Incrementors.SelectMany(LowerExpressionStatement).ToList();
        var (test, pre) = LowerLoopCondition(loop.Condition);
        var body = InLoop(new LoopFrame(update), loop.Statement);
        if (pre.Count == 0)
        {
            result.Add(new PyWhile(test, [.. body, .. update]));
        }
        else
        {
            result.Add(new PyWhile(PyConstant.True, [.. pre, new PyIf(PyUnary.Not(test), [new PyBreak()], []), .. body, .. update]));
        }
        return result;
    }

    private IEnumerable<PyStatement> LowerForEach(ForEachStatementSyntax loop)
    {
        var symbol = _model.GetDeclaredSymbol(loop, _cancellationToken)!;
        _owners[symbol] = _function;
        var iterable = LowerIterable(loop.Expression);
        var body = InLoop(new LoopFrame([]), loop.Statement);
        return [new PyFor(Py.Name(NameOf(symbol)), iterable, body)];
    }

    private IEnumerable<PyStatement> LowerForEachVariable(ForEachVariableStatementSyntax loop)
    {
        CheckDeconstruction(loop);
        var target = LowerDeconstructionTarget(loop.Variable);
        var iterable = LowerIterable(loop.Expression);
        var body = InLoop(new LoopFrame([]), loop.Statement);
        return [new PyFor(target, iterable, body)];
    }

    /// <summary>What a foreach walks: a dictionary's pairs, a sorted collection in order, a stack from its top.</summary>
    private PyExpression LowerIterable(ExpressionSyntax source)
    {
        var type = TypeOf(source);
        var lowered = Lower(source);
        if (type is IArrayTypeSymbol { Rank: > 1 } grid)
        {
            // foreach over int[,] walks every element, row by row: the rows chained.
            for (var level = 1; level < grid.Rank; level++)
            {
                lowered = new PyCall(new PyMember(Imported("itertools", "chain"), "from_iterable"), [lowered]);
            }
            return lowered;
        }
        return Classify(type) switch
        {
            CsKind.Dictionary when IsSorted(type) => SortedItems(lowered),
            CsKind.Dictionary => Py.Method(lowered, "items"),
            CsKind.Set when IsSorted(type) => Py.Call("sorted", lowered),
            CsKind.Stack => Py.Call("reversed", lowered),
            CsKind.StringBuilder => lowered,
            _ => lowered,
        };
    }

    /// <summary>
    /// <c>for (int i = a; i &lt; n; i += k)</c> as <c>for i in range(a, n, k)</c>, only when exact: one int counter
    /// declared by the loop, a literal step in the direction of the test, a body that never assigns the counter,
    /// and a bound the body cannot change (its variables unassigned; a measured collection not mutated; no
    /// field read when the body calls user code).
    /// </summary>
    private PyFor? TryRange(ForStatementSyntax loop)
    {
        if (loop.Declaration is not { Variables: [{ Initializer: { } init } variable] } || loop.Incrementors.Count != 1 || loop.Initializers.Count > 0)
        {
            return null;
        }
        var counter = _model.GetDeclaredSymbol(variable, _cancellationToken) as ILocalSymbol;
        if (counter is null || Classify(counter.Type) != CsKind.Int)
        {
            return null;
        }
        if (loop.Condition is not BinaryExpressionSyntax condition || SymbolOf(condition.Left) is not ILocalSymbol left || !SymbolEqualityComparer.Default.Equals(left, counter))
        {
            return null;
        }
        var step = StepOf(loop.Incrementors[0], counter);
        if (step is null || step == 0)
        {
            return null;
        }
        var increasing = step > 0;
        var op = condition.OperatorToken.Kind();
        if (increasing ? op is not (SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken) : op is not (SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken))
        {
            return null;
        }
        if (Assigns(loop.Statement, counter) || !IsInvariant(condition.Right, loop.Statement))
        {
            return null;
        }
        _owners[counter] = _function;
        var start = LowerConverted(init.Value);
        var bound = LowerConverted(condition.Right);
        var end = op switch
        {
            SyntaxKind.LessThanEqualsToken => Py.Plus(bound, 1),
            SyntaxKind.GreaterThanEqualsToken => Py.Plus(bound, -1),
            _ => bound,
        };
        var arguments = step == 1 && Py.Literal(start) == 0 ? new[] { end } : step == 1 ? [start, end] : [start, end, Py.Number(step.Value)];
        var body = InLoop(new LoopFrame([]), loop.Statement);
        if (step == 1 && Py.Literal(start) is >= 0)
        {
            _nonNegative.Add(counter);
        }
        return new PyFor(Py.Name(NameOf(counter)), Py.Call("range", arguments), body);
    }

    private long? StepOf(ExpressionSyntax incrementor, ILocalSymbol counter)
    {
        switch (incrementor)
        {
            case PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax:
                var operand = incrementor is PostfixUnaryExpressionSyntax post ? post.Operand : ((PrefixUnaryExpressionSyntax)incrementor).Operand;
                if (!SymbolEqualityComparer.Default.Equals(SymbolOf(operand), counter))
                {
                    return null;
                }
                return incrementor.Kind() switch
                {
                    SyntaxKind.PostIncrementExpression or SyntaxKind.PreIncrementExpression => 1,
                    SyntaxKind.PostDecrementExpression or SyntaxKind.PreDecrementExpression => -1,
                    _ => null,
                };
            case AssignmentExpressionSyntax assignment when SymbolEqualityComparer.Default.Equals(SymbolOf(assignment.Left), counter):
                if (_model.GetConstantValue(assignment.Right, _cancellationToken) is not { HasValue: true, Value: int amount } || amount <= 0)
                {
                    return null;
                }
                return assignment.Kind() switch
                {
                    SyntaxKind.AddAssignmentExpression => amount,
                    SyntaxKind.SubtractAssignmentExpression => -amount,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="body"/> may assign <paramref name="symbol"/> (assignment, ++/--, ref/out argument).</summary>
    private bool Assigns(SyntaxNode body, ISymbol symbol) =>
        body.DescendantNodesAndSelf().Any(n => n switch
        {
            AssignmentExpressionSyntax a => Targets(a.Left, symbol),
            PostfixUnaryExpressionSyntax p => Targets(p.Operand, symbol),
            PrefixUnaryExpressionSyntax p when p.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression => Targets(p.Operand, symbol),
            ArgumentSyntax { RefKindKeyword.RawKind: not 0 } arg => Targets(arg.Expression, symbol),
            _ => false,
        });

    private bool Targets(ExpressionSyntax target, ISymbol symbol) =>
        target is TupleExpressionSyntax tuple
            ? tuple.Arguments.Any(a => Targets(a.Expression, symbol))
            : SymbolEqualityComparer.Default.Equals(SymbolOf(target), symbol);

    private bool IsInvariant(ExpressionSyntax bound, StatementSyntax body)
    {
        var callsUserCode = body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(i => SymbolOf(i) is { } m && IsFromSource(m) || SymbolOf(i) is null);
        foreach (var node in bound.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case InvocationExpressionSyntax or AssignmentExpressionSyntax or PostfixUnaryExpressionSyntax or ElementAccessExpressionSyntax:
                    return false;
                case PrefixUnaryExpressionSyntax p when p.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression:
                    return false;
                case MemberAccessExpressionSyntax member when SymbolOf(member) is IPropertySymbol { Name: "Count" }:
                    var collection = SymbolOf(member.Expression);
                    if (collection is null || callsUserCode || body.DescendantNodes().OfType<InvocationExpressionSyntax>()
                            .Any(i => i.Expression is MemberAccessExpressionSyntax m && SymbolEqualityComparer.Default.Equals(SymbolOf(m.Expression), collection)))
                    {
                        return false;
                    }
                    break;
                case IdentifierNameSyntax name when SymbolOf(name) is { } symbol:
                    if (symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol && Assigns(body, symbol))
                    {
                        return false;
                    }
                    if (symbol is IFieldSymbol { IsConst: false, IsReadOnly: false } or IPropertySymbol && callsUserCode)
                    {
                        return false;
                    }
                    break;
            }
        }
        return true;
    }
}
