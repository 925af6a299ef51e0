using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>The top-level elements of a member's XML documentation comment that CI0003 compares with the member.</summary>
internal sealed class DocumentationComment
{
    private DocumentationComment(DocumentationCommentTriviaSyntax syntax, SyntaxTree tree, int offset)
    {
        Syntax = syntax;
        _tree = tree;
        _offset = offset;
    }

    private readonly SyntaxTree _tree;

    // Where the comment's own positions start in the member's file: 0 when the compiler parsed the comment, the
    // comment's start when it was parsed here (see Find).
    private readonly int _offset;

    public DocumentationCommentTriviaSyntax Syntax { get; }

    /// <summary>The span of a node of this comment in the member's file.</summary>
    public TextSpan SpanOf(SyntaxNode node) => new TextSpan(node.SpanStart + _offset, node.Span.Length);

    /// <summary>The location of a node of this comment in the member's file, for a diagnostic.</summary>
    public Location LocationOf(SyntaxNode node) => Location.Create(_tree, SpanOf(node));

    /// <summary>&lt;param name="x"&gt; elements: the name as written and the element.</summary>
    public List<NamedElement> Params { get; } = new List<NamedElement>();

    /// <summary>&lt;typeparam name="T"&gt; elements.</summary>
    public List<NamedElement> TypeParams { get; } = new List<NamedElement>();

    public List<XmlNodeSyntax> Returns { get; } = new List<XmlNodeSyntax>();

    /// <summary>&lt;exception cref="T"&gt; elements with their cref.</summary>
    public List<(XmlNodeSyntax Element, CrefSyntax Cref)> Exceptions { get; } = new List<(XmlNodeSyntax, CrefSyntax)>();

    /// <summary>&lt;inheritdoc/&gt; or &lt;include/&gt;: the documentation lives elsewhere, so nothing here can be judged.</summary>
    public bool IsIndirect { get; private set; }

    /// <summary>The member's documentation comment, or null when it has none.</summary>
    /// <remarks>
    /// A project that does not generate a documentation file is compiled with documentation comments read as plain
    /// comments (DocumentationMode.None): then the "///" lines are parsed here, on their own, so the rule works in
    /// every project. Names in such a comment are bound speculatively, at the member's position.
    /// </remarks>
    public static DocumentationComment? Find(SyntaxNode member)
    {
        if (!member.HasLeadingTrivia)
        {
            return null;
        }
        var leading = member.GetLeadingTrivia();
        foreach (var trivia in leading)
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                && trivia.GetStructure() is DocumentationCommentTriviaSyntax syntax)
            {
                return Read(syntax, member.SyntaxTree, 0);
            }
        }
        foreach (var trivia in leading)
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.ToString().StartsWith("///", System.StringComparison.Ordinal)
                && !trivia.ToString().StartsWith("////", System.StringComparison.Ordinal))
            {
                var start = trivia.FullSpan.Start;
                var text = member.SyntaxTree.GetText().ToString(TextSpan.FromBounds(start, leading.Span.End));
                foreach (var parsed in SyntaxFactory.ParseLeadingTrivia(text))
                {
                    if (parsed.GetStructure() is DocumentationCommentTriviaSyntax reparsed)
                    {
                        return Read(reparsed, member.SyntaxTree, start);
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static DocumentationComment Read(DocumentationCommentTriviaSyntax syntax, SyntaxTree tree, int offset)
    {
        var comment = new DocumentationComment(syntax, tree, offset);
        foreach (var node in syntax.Content)
        {
            var (name, attributes) = node switch
            {
                XmlElementSyntax element => (element.StartTag.Name.LocalName.ValueText, element.StartTag.Attributes),
                XmlEmptyElementSyntax empty => (empty.Name.LocalName.ValueText, empty.Attributes),
                _ => (string.Empty, default(SyntaxList<XmlAttributeSyntax>)),
            };
            switch (name)
            {
                case "param":
                case "typeparam":
                    foreach (var attribute in attributes)
                    {
                        if (attribute is XmlNameAttributeSyntax nameAttribute)
                        {
                            (name == "param" ? comment.Params : comment.TypeParams).Add(new NamedElement(nameAttribute.Identifier, node));
                        }
                    }
                    break;
                case "returns":
                    comment.Returns.Add(node);
                    break;
                case "exception":
                    foreach (var attribute in attributes)
                    {
                        if (attribute is XmlCrefAttributeSyntax cref)
                        {
                            comment.Exceptions.Add((node, cref.Cref));
                        }
                    }
                    break;
                case "inheritdoc":
                case "include":
                    comment.IsIndirect = true;
                    break;
            }
        }
        return comment;
    }
}
