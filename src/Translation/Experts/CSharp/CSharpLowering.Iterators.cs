using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Iterator methods (<c>yield return</c>) as Python generators. A C# sequence from an iterator runs the method
/// again for every <c>foreach</c>; a Python generator runs once. Where every call is consumed on the spot (the
/// collection of a <c>foreach</c>, the source of a LINQ call), a plain generator is exact; otherwise the
/// function is decorated with <c>@reiterable</c>, whose result runs the generator again on each iteration.
/// </summary>
internal sealed partial class CSharpLowering
{
    private IEnumerable<PyStatement> LowerYield(YieldStatementSyntax statement)
    {
        if (statement.IsKind(SyntaxKind.YieldBreakStatement))
        {
            return [new PyReturn(null)];
        }
        return [new PyExpressionStatement(new PyYield(LowerConverted(statement.Expression!)))];
    }

    /// <summary>The yield statements of a body itself, not of the local functions and lambdas inside it.</summary>
    private static IEnumerable<YieldStatementSyntax> OwnYields(SyntaxNode? body) =>
        body is null ? [] : body.DescendantNodes(n => n is not (LocalFunctionStatementSyntax or LambdaExpressionSyntax or AnonymousMethodExpressionSyntax)).OfType<YieldStatementSyntax>();

    private static bool IsIterator(SyntaxNode? body) => OwnYields(body).Any();

    private static bool HasYieldReturn(SyntaxNode body) => OwnYields(body).Any(y => y.IsKind(SyntaxKind.YieldReturnStatement));

    /// <summary>
    /// The body of an iterator: a body with <c>yield break</c> but no <c>yield return</c> is still a generator
    /// in C# (an empty sequence), so it gets an unreachable <c>yield</c> to stay one in Python.
    /// </summary>
    private static List<PyStatement> AsGenerator(SyntaxNode body, List<PyStatement> lowered)
    {
        if (HasYieldReturn(body))
        {
            return lowered;
        }
        return lowered is [.., PyReturn] ? [.. lowered, new PyExpressionStatement(new PyYield(null))] : [.. lowered, new PyReturn(null), new PyExpressionStatement(new PyYield(null))];
    }

    /// <summary>Decorators an iterator method needs: <c>reiterable</c> unless every call consumes its sequence on the spot.</summary>
    private string[] IteratorDecorators(IMethodSymbol method, SyntaxNode? body)
    {
        if (!IsIterator(body) || !method.ReturnType.Name.StartsWith("IEnumerable", StringComparison.Ordinal))
        {
            return [];
        }
        var calls = _snippet.Root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => SymbolEqualityComparer.Default.Equals(SymbolOf(i)?.OriginalDefinition, method.OriginalDefinition));
        if (calls.All(ConsumedOnTheSpot))
        {
            return [];
        }
        Helper(CSharpHelpers.Reiterable);
        return [CSharpHelpers.Reiterable];
    }

    private bool ConsumedOnTheSpot(InvocationExpressionSyntax call) => call.Parent switch
    {
        ForEachStatementSyntax loop => loop.Expression == call,
        ForEachVariableStatementSyntax loop => loop.Expression == call,
        _ => FeedsLinq(call),
    };
}
