using CodeIntel.Translation.Python.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// The statements of a C# selection that only a body may hold where they stand (<c>return</c> among top-level
/// statements, <c>break</c> outside any loop or switch): what makes it a fragment of a function or loop body.
/// </summary>
internal static class CSharpFragmentSites
{
    public static IReadOnlyList<FragmentSite> Find(CSharpSnippet snippet) =>
        snippet.Root.DescendantNodes()
            .Select(node => (Node: node, Keyword: Keyword(node)))
            .Where(n => n.Keyword is not null && Stands(n.Node, n.Keyword))
            .Select(n =>
            {
                var (start, end) = snippet.Span(n.Node.GetLocation());
                return new FragmentSite(n.Keyword!, start, end);
            })
            .ToArray();

    private static string? Keyword(SyntaxNode node) => node.Kind() switch
    {
        SyntaxKind.ReturnStatement => "return",
        SyntaxKind.BreakStatement => "break",
        SyntaxKind.ContinueStatement => "continue",
        SyntaxKind.YieldReturnStatement => "yield",
        SyntaxKind.AwaitExpression => "await",
        _ => null,
    };

    /// <summary>Whether nothing around <paramref name="node"/> gives it the function or loop it needs.</summary>
    private static bool Stands(SyntaxNode node, string keyword)
    {
        var loopKeyword = keyword is "break" or "continue";
        foreach (var up in node.Ancestors())
        {
            switch (up)
            {
                case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax:
                    return loopKeyword;
                case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax when loopKeyword:
                    return false;
                case SwitchStatementSyntax when keyword == "break":
                    return false;
            }
        }
        return true;
    }
}
