using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SourceText = CodeIntel.Parsing.Text.SourceText;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Finds the units of a C# file with Roslyn, the C# compiler's own parser: namespaces (block and file-scoped),
/// classes, structs, interfaces, records, enums, methods, constructors, operators, properties, indexers,
/// events, and top-level local functions. Local functions and lambdas stay in their member's chunk.
/// </summary>
internal sealed class RoslynUnitExtractor(SourceText source)
{
    private const int MaxUnitDepth = 32;

    public List<CodeUnit> Extract(CompilationUnitSyntax root, CancellationToken cancellationToken) =>
        Collect(root.Members, [], 0, cancellationToken);

    private List<CodeUnit> Collect(
        SyntaxList<MemberDeclarationSyntax> members, List<string> path, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var units = new List<CodeUnit>();
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    units.AddRange(Collect(ns.Members, [.. path, .. ns.Name.ToString().Split('.')], depth, cancellationToken));
                    break;
                case BaseTypeDeclarationSyntax type when depth < MaxUnitDepth:
                    units.Add(TypeUnit(type, path, depth, cancellationToken));
                    break;
                case GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function }:
                    units.Add(Unit(member, ChunkKind.Function, function.Identifier.ValueText, path, BodyStart(function.Body, function.ExpressionBody)));
                    break;
                default:
                    // Members without a body (abstract, interface, auto-properties) stay in their type's outline.
                    if (MemberKind(member) is { } kind && MemberBodyStart(member) is var bodyStart and >= 0)
                    {
                        units.Add(Unit(member, kind, MemberName(member), path, bodyStart));
                    }
                    break;
            }
        }
        return units;
    }

    private CodeUnit TypeUnit(BaseTypeDeclarationSyntax type, List<string> path, int depth, CancellationToken cancellationToken)
    {
        var kind = type switch
        {
            RecordDeclarationSyntax record when record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => ChunkKind.Record,
            RecordDeclarationSyntax => ChunkKind.Record,
            StructDeclarationSyntax => ChunkKind.Struct,
            InterfaceDeclarationSyntax => ChunkKind.Interface,
            EnumDeclarationSyntax => ChunkKind.Enum,
            _ => ChunkKind.Class,
        };
        var name = type.Identifier.ValueText;
        List<string> symbol = [.. path, name];
        var members = type is TypeDeclarationSyntax withMembers
            ? Collect(withMembers.Members, symbol, depth + 1, cancellationToken)
            : [];
        var bodyStart = type.OpenBraceToken.IsKind(SyntaxKind.None) ? -1 : source.CharToByte(type.OpenBraceToken.SpanStart);
        return new CodeUnit(kind, name, string.Join('.', symbol), StartWithComments(type), End(type), bodyStart, new RoslynRegion(type, source), members);
    }

    private CodeUnit Unit(MemberDeclarationSyntax member, ChunkKind kind, string name, List<string> path, int bodyStart) =>
        new(kind, name, string.Join('.', [.. path, name]), StartWithComments(member), End(member), bodyStart, new RoslynRegion(member, source), []);

    private static ChunkKind? MemberKind(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax or DestructorDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax => ChunkKind.Method,
        ConstructorDeclarationSyntax => ChunkKind.Constructor,
        BasePropertyDeclarationSyntax { AccessorList: not null } or PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax => ChunkKind.Property,
        _ => null,
    };

    private static string MemberName(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        DestructorDeclarationSyntax d => "~" + d.Identifier.ValueText,
        OperatorDeclarationSyntax o => "operator " + o.OperatorToken.ValueText,
        ConversionOperatorDeclarationSyntax c => "operator " + c.Type,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        IndexerDeclarationSyntax => "this[]",
        _ => member.Kind().ToString(),
    };

    private int MemberBodyStart(MemberDeclarationSyntax member) => member switch
    {
        BaseMethodDeclarationSyntax m => BodyStart(m.Body, m.ExpressionBody),
        PropertyDeclarationSyntax { ExpressionBody: { } arrow } => source.CharToByte(arrow.SpanStart),
        BasePropertyDeclarationSyntax { AccessorList: { } accessors } when accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null) =>
            source.CharToByte(accessors.SpanStart),
        IndexerDeclarationSyntax { ExpressionBody: { } arrow } => source.CharToByte(arrow.SpanStart),
        _ => -1,
    };

    private int BodyStart(BlockSyntax? body, ArrowExpressionClauseSyntax? arrow) =>
        body is not null ? source.CharToByte(body.SpanStart) : arrow is not null ? source.CharToByte(arrow.SpanStart) : -1;

    private int End(SyntaxNode node) => source.CharToByte(node.Span.End);

    /// <summary>Start of the node, moved up to cover the comments (doc comments included) directly above it.</summary>
    private int StartWithComments(SyntaxNode node)
    {
        var start = node.SpanStart;
        var newlines = 0;
        foreach (var trivia in node.GetLeadingTrivia().Reverse())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                if (++newlines > 1)
                {
                    break;
                }
            }
            else if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) ||
                     trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                start = trivia.FullSpan.Start;
                newlines = 0;
            }
            else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
            {
                break;
            }
        }
        return source.CharToByte(start);
    }
}
