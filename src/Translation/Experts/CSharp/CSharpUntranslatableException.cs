using Microsoft.CodeAnalysis;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Thrown while lowering a construct the expert cannot translate faithfully; the statement that holds it is
/// replaced by an UNTRANSLATED marker and a raise, and a warning points at <see cref="Node"/>.
/// </summary>
internal sealed class CSharpUntranslatableException : Exception
{
    public CSharpUntranslatableException(SyntaxNode node, string reason)
        : base(reason)
    {
        Node = node;
    }

    public CSharpUntranslatableException()
    {
        Node = null!;
    }

    public CSharpUntranslatableException(string message)
        : base(message)
    {
        Node = null!;
    }

    public CSharpUntranslatableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Node = null!;
    }

    public SyntaxNode Node { get; }
}
