using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>One <c>a[index]</c> in a loop body; <see cref="Index"/> null when the subscript is not affine in the loop index.</summary>
internal sealed record ArrayAccess(string Array, AffineIndex? Index, bool IsWrite, SyntaxNode Node);
