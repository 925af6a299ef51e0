using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>What CI0003 needs of a documented member's signature, from syntax.</summary>
internal static class DocumentedMember
{
    public static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.MethodDeclaration,
        SyntaxKind.ConstructorDeclaration,
        SyntaxKind.DelegateDeclaration,
        SyntaxKind.IndexerDeclaration,
        SyntaxKind.OperatorDeclaration,
        SyntaxKind.ConversionOperatorDeclaration,
    };

    public static SeparatedSyntaxList<ParameterSyntax> Parameters(SyntaxNode member) => member switch
    {
        BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
        DelegateDeclarationSyntax @delegate => @delegate.ParameterList.Parameters,
        IndexerDeclarationSyntax indexer => indexer.ParameterList.Parameters,
        _ => default,
    };

    public static SeparatedSyntaxList<TypeParameterSyntax> TypeParameters(SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax method when method.TypeParameterList is { } list => list.Parameters,
        DelegateDeclarationSyntax @delegate when @delegate.TypeParameterList is { } list => list.Parameters,
        _ => default,
    };

    public static string Name(SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        OperatorDeclarationSyntax op => "operator " + op.OperatorToken.Text,
        ConversionOperatorDeclarationSyntax conversion => "operator " + conversion.Type,
        _ => member.ToString(),
    };

    /// <summary>The code that runs when the member is called: what its direct throws are read from.</summary>
    public static SyntaxNode? Body(SyntaxNode member) => member switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
        IndexerDeclarationSyntax indexer => (SyntaxNode?)indexer.AccessorList ?? indexer.ExpressionBody,
        _ => null,
    };

    /// <summary>
    /// True when the member returns nothing: a constructor, a void method or delegate, or an async method whose
    /// type is the non-generic Task or ValueTask.
    /// </summary>
    public static bool ReturnsNothing(SyntaxNode member, System.Func<SemanticModel> model, System.Threading.CancellationToken cancellationToken)
    {
        var returnType = member switch
        {
            ConstructorDeclarationSyntax or DestructorDeclarationSyntax => null,
            MethodDeclarationSyntax method => method.ReturnType,
            DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
            _ => (TypeSyntax?)null,
        };
        if (returnType is null)
        {
            return member is ConstructorDeclarationSyntax;
        }
        if (returnType is PredefinedTypeSyntax predefined)
        {
            return predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);
        }
        var isAsync = member is MethodDeclarationSyntax m && m.Modifiers.Any(SyntaxKind.AsyncKeyword);
        var last = returnType is QualifiedNameSyntax qualified ? qualified.Right : returnType as SimpleNameSyntax;
        if (!isAsync || last is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText is not ("Task" or "ValueTask"))
        {
            return false;
        }
        return model().GetTypeInfo(returnType, cancellationToken).Type is INamedTypeSymbol { IsGenericType: false } type
            && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
    }

    public static bool HasParameterNamed(SeparatedSyntaxList<ParameterSyntax> parameters, string name) =>
        parameters.Any(p => p.Identifier.ValueText == name);
}
