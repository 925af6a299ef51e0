using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// <c>s = value</c> in the loop, the only write of the scalar <c>s</c> there; once <see cref="LoopAnalyzer"/> has
/// checked it (rule 10), <see cref="Condition"/> is the C expression, of the index and loop-invariant values, under
/// which an iteration runs the assignment.
/// </summary>
internal sealed record Latch(string Scalar, string Value, SyntaxNode Statement)
{
    public string Condition { get; set; } = "1";
}
