using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Clones;

/// <summary>Finds the body, the name token and the display name of a member the clone rules look at.</summary>
internal static class MemberBody
{
    public static bool IsMember(SyntaxNode node) => node is BaseMethodDeclarationSyntax || node is AccessorDeclarationSyntax;

    /// <summary>Whether a member may be found below <paramref name="node"/>: namespaces, types, properties, not bodies.</summary>
    public static bool MayContainMembers(SyntaxNode node) =>
        node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
            or BasePropertyDeclarationSyntax or AccessorListSyntax;

    /// <summary>The body (block or expression), or null for abstract, extern and partial declarations.</summary>
    public static SyntaxNode? Body(SyntaxNode member) => member switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
        AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody,
        _ => null,
    };

    /// <summary>The token a diagnostic underlines: the member's name, or the accessor's keyword.</summary>
    public static SyntaxToken NameToken(SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax method => method.Identifier,
        ConstructorDeclarationSyntax constructor => constructor.Identifier,
        DestructorDeclarationSyntax destructor => destructor.Identifier,
        OperatorDeclarationSyntax op => op.OperatorToken,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type.GetFirstToken(),
        AccessorDeclarationSyntax accessor => accessor.Keyword,
        _ => member.GetFirstToken(),
    };

    /// <summary>Type.Member (Type.Property.get for accessors), from syntax alone: no semantic model needed.</summary>
    public static string DisplayName(SyntaxNode member)
    {
        var name = NameToken(member).ValueText;
        if (member is AccessorDeclarationSyntax && member.Parent?.Parent is BasePropertyDeclarationSyntax property)
        {
            name = PropertyName(property) + "." + name;
            member = property;
        }
        return member.Parent is BaseTypeDeclarationSyntax type ? type.Identifier.ValueText + "." + name : name;
    }

    private static string PropertyName(BasePropertyDeclarationSyntax property) => property switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        _ => "?",
    };
}
