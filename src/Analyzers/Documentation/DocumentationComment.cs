using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>The top-level elements of a member's XML documentation comment that CI0003 compares with the member.</summary>
internal sealed class DocumentationComment
{
    private DocumentationComment(DocumentationCommentTriviaSyntax syntax)
    {
        Syntax = syntax;
    }

    public DocumentationCommentTriviaSyntax Syntax { get; }

    /// <summary>&lt;param name="x"&gt; elements: the name as written and the element.</summary>
    public List<NamedElement> Params { get; } = new List<NamedElement>();

    /// <summary>&lt;typeparam name="T"&gt; elements.</summary>
    public List<NamedElement> TypeParams { get; } = new List<NamedElement>();

    public List<XmlNodeSyntax> Returns { get; } = new List<XmlNodeSyntax>();

    /// <summary>&lt;exception cref="T"&gt; elements with their cref.</summary>
    public List<(XmlNodeSyntax Element, CrefSyntax Cref)> Exceptions { get; } = new List<(XmlNodeSyntax, CrefSyntax)>();

    /// <summary>&lt;inheritdoc/&gt; or &lt;include/&gt;: the documentation lives elsewhere, so nothing here can be judged.</summary>
    public bool IsIndirect { get; private set; }

    /// <summary>The member's documentation comment, or null when it has none (or the compiler does not parse them).</summary>
    public static DocumentationComment? Find(SyntaxNode member)
    {
        if (!member.HasLeadingTrivia)
        {
            return null;
        }
        foreach (var trivia in member.GetLeadingTrivia())
        {
            if ((trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
                && trivia.GetStructure() is DocumentationCommentTriviaSyntax syntax)
            {
                return Read(syntax);
            }
        }
        return null;
    }

    private static DocumentationComment Read(DocumentationCommentTriviaSyntax syntax)
    {
        var comment = new DocumentationComment(syntax);
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
