using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Documentation;

/// <summary>A &lt;param&gt; or &lt;typeparam&gt; element and the name it documents.</summary>
internal readonly struct NamedElement
{
    public NamedElement(IdentifierNameSyntax name, XmlNodeSyntax element)
    {
        Name = name;
        Element = element;
    }

    /// <summary>The value of the name attribute, as a syntax node (where a diagnostic underlines).</summary>
    public IdentifierNameSyntax Name { get; }

    public XmlNodeSyntax Element { get; }
}
