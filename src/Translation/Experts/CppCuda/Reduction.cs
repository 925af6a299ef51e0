using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// An accumulation every iteration adds into (<c>sum += a[i]</c>, <c>out[0] += x</c>, <c>*p += x</c>) or keeps the
/// largest or smallest value in: on the GPU each thread adds with <c>atomicAdd</c> (<c>atomicMax</c>/<c>atomicMin</c>). <see cref="Target"/> is the accumulated expression as written, <see cref="Scalar"/>
/// the variable when it is a plain local (it then travels to the device and back), <see cref="Value"/> the added amount.
/// </summary>
internal sealed record Reduction(SyntaxNode Statement, string Target, string? Scalar, string Value, bool Negate)
{
    /// <summary>The <see cref="Operation"/> of <c>x = i</c>: the last iteration that stores wins.</summary>
    public const string Last = "last";

    /// <summary>The variable accumulated into: <c>histo</c> for <c>histo[v[i]]</c>, <c>p</c> for <c>*p</c>, the scalar itself.</summary>
    public string Variable => Target.TrimStart('*').Split('[')[0].Trim();

    /// <summary>
    /// <c>+</c> (an <c>atomicAdd</c>), <c>max</c>/<c>min</c> (<c>if (e > m) m = e;</c>, <c>m = max(m, e)</c>), or
    /// <c>fmax</c>/<c>fmin</c> (<c>m = fmax(m, e)</c>, where a NaN accumulator takes the other value), or
    /// <c>last</c> (<c>pos[0] = i</c>: the largest index that stores there, see LoopAnalyzer.LastIndex), or
    /// <c>argmax</c>/<c>argmin</c> (the extreme and its index, see LoopAnalyzer.ArgMinMaxIf).
    /// </summary>
    public string Operation { get; init; } = "+";

    /// <summary>For <c>argmax</c>/<c>argmin</c> (<c>if (e > m) { m = e; p = i; }</c>): the scalar that receives the index.</summary>
    public string? ArgIndex { get; init; }

    /// <summary>For <c>argmax</c>/<c>argmin</c>: the iteration's offset from the first, <c>i - lo</c> (set by the analyzer).</summary>
    public string ArgIndexOffset { get; init; } = "";

    /// <summary>For <c>argmax</c>/<c>argmin</c>: a strict comparison, so the first index of the extreme wins (else the last).</summary>
    public bool Strict { get; init; }

    /// <summary>The accumulated element is chosen at run time (<c>histo[v[i]]</c>): its extent is not in the subscript.</summary>
    public bool Indirect { get; init; }
}
