using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Thrown inside the lowering when a construct has no faithful Python form. The enclosing statement catches it
/// and emits a marked comment plus a <c>raise NotImplementedError</c>, so the output still parses and fails
/// loudly instead of running something different from the source.
/// </summary>
internal sealed class UntranslatableException : Exception
{
    public UntranslatableException(SyntaxNode node, string message) : base(message)
    {
        Start = node.Start;
        End = node.End;
    }

    public UntranslatableException()
    {
    }

    public UntranslatableException(string message) : base(message)
    {
    }

    public UntranslatableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public SourcePosition Start { get; }

    public SourcePosition End { get; }
}
