using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Thrown inside the PHP lowering when a construct has no faithful Python form; the enclosing statement turns it
/// into <c># UNTRANSLATED: reason</c>, a <c>raise NotImplementedError</c> and a warning with the source span.
/// </summary>
internal sealed class PhpUntranslatableException : Exception
{
    public PhpUntranslatableException(SyntaxNode node, string message) : base(message)
    {
        Start = node.Start;
        End = node.End;
    }

    public PhpUntranslatableException()
    {
    }

    public PhpUntranslatableException(string message) : base(message)
    {
    }

    public PhpUntranslatableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public SourcePosition Start { get; }

    public SourcePosition End { get; }
}
