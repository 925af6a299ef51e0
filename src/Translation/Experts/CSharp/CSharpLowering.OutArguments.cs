using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Out-argument idioms (<c>TryGetValue</c>, <c>TryParse</c>, <c>TryDequeue</c>): the out variable is assigned in front
/// of the statement where the call always runs first, else where the call stands, in order.
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>
    /// The value of an out-argument idiom whose out variable takes <paramref name="outValue"/> and whose result is
    /// <paramref name="result"/>. Where the call runs whenever its statement runs, the assignment goes in front of
    /// the statement; where it runs only sometimes or after other parts of its expression
    /// (<c>x is { } t &amp;&amp; d.TryGetValue(t, out var v)</c>), both happen where it stands, in order:
    /// <c>[(v := d.get(t, 0)), t in d][-1]</c>. <paramref name="reads"/> are temporaries assigned first.
    /// </summary>
    private PyExpression OutIdiom(SyntaxNode call, ExpressionSyntax outArgument, List<(string Name, PyExpression Value)> reads, PyExpression outValue, PyExpression result)
    {
        var target = LowerOutTarget(outArgument);
        if (EvaluatedUnconditionally(call))
        {
            foreach (var (name, value) in reads)
            {
                Hoist(call, new PyAssign([Py.Name(name)], value));
            }
            Hoist(call, new PyAssign([target], outValue));
            return result;
        }
        return target is PyName { Id: var targetName }
            ? new PySubscript(new PyList([.. reads.Select(r => new PyNamedExpression(r.Name, r.Value)), new PyNamedExpression(targetName, outValue), result]), Py.Number(-1))
            : throw Unsupported(call, "an out argument that is not a local variable, where the call runs only under a condition");
    }

    /// <summary>A value read once into a temporary added to <paramref name="reads"/>; a constant, or a name unless <paramref name="force"/>d, is itself.</summary>
    private PyExpression ReadOnce(PyExpression value, string stem, List<(string Name, PyExpression Value)> reads, bool force)
    {
        if (value is PyConstant or PyNumber or PyString || value is PyName && !force)
        {
            return value;
        }
        var name = Temporary(stem);
        reads.Add((name, value));
        return Py.Name(name);
    }

    /// <summary>
    /// Whether <paramref name="node"/> runs first and always when its statement runs: no operand evaluated before it
    /// (a left operand, a pattern) and no condition around it (the right of <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>,
    /// a branch of <c>?:</c>).
    /// </summary>
    private static bool EvaluatedUnconditionally(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent && parent is not StatementSyntax; child = parent)
        {
            switch (parent)
            {
                case BinaryExpressionSyntax binary when binary.Right == child && binary.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression:
                case ConditionalExpressionSyntax conditional when conditional.Condition != child:
                case SwitchExpressionArmSyntax or LambdaExpressionSyntax or ConditionalAccessExpressionSyntax:
                    return false;
            }
        }
        return true;
    }

    /// <summary>The variable an <c>out</c> argument writes: a new declaration or an existing variable.</summary>
    private PyExpression LowerOutTarget(ExpressionSyntax argument) => argument switch
    {
        DeclarationExpressionSyntax declaration => LowerDesignation(declaration.Designation),
        _ => LowerTarget(argument),
    };

    private static bool IsOutIdiom(IMethodSymbol method) => method.Name is "TryGetValue" or "TryParse" or "TryParseExact" or "TryDequeue" or "TryPeek" or "TryPop"
        || method is { Name: "Remove", Parameters: [_, { RefKind: RefKind.Out }] };
}
