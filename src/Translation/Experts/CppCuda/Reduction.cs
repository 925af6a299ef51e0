using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// An accumulation every iteration adds into (<c>sum += a[i]</c>, <c>out[0] += x</c>, <c>*p += x</c>): on the GPU each
/// thread adds with <c>atomicAdd</c>. <see cref="Target"/> is the accumulated expression as written, <see cref="Scalar"/>
/// the variable when it is a plain local (it then travels to the device and back), <see cref="Value"/> the added amount.
/// </summary>
internal sealed record Reduction(SyntaxNode Statement, string Target, string? Scalar, string Value, bool Negate);
