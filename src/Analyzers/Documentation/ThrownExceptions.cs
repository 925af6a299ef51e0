using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>
/// The exceptions a body throws itself (<c>throw new T(...)</c>), first occurrence of each type. Code that may not
/// run when the member is called (lambdas, local functions) and throws a try block may catch are left out, so
/// every exception found really escapes.
/// </summary>
internal static class ThrownExceptions
{
    public static List<(INamedTypeSymbol Type, TypeSyntax Syntax)> Find(SyntaxNode body, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var found = new List<(INamedTypeSymbol, TypeSyntax)>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var node in body.DescendantNodes(Descend))
        {
            var thrown = node switch
            {
                ThrowStatementSyntax statement => statement.Expression,
                ThrowExpressionSyntax expression => expression.Expression,
                _ => null,
            };
            if (thrown is ObjectCreationExpressionSyntax creation
                && model.GetTypeInfo(creation, cancellationToken).Type is INamedTypeSymbol type
                && seen.Add(type))
            {
                found.Add((type, creation.Type));
            }
        }
        return found;
    }

    private static bool Descend(SyntaxNode node) => node switch
    {
        AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax => false,
        BlockSyntax block when block.Parent is TryStatementSyntax tryStatement && tryStatement.Block == block && tryStatement.Catches.Count > 0 => false,
        _ => true,
    };
}
