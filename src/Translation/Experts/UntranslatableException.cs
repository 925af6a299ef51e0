using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// Thrown inside an expert's lowering (over a tree-sitter tree) when a construct has no faithful form in the target. The enclosing statement catches it
/// and emits a marked comment (in Python plus a <c>raise NotImplementedError</c>), so the output still compiles and fails
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

    /// <summary>What a statement's marker says when a lowering rule itself failed on it: a bug to report, not a limit of the translation.</summary>
    public static string FailedOn(Exception e) => $"the translator failed here ({e.GetType().Name}: {e.Message}); please report it";
}
