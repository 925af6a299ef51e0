using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>One <c>a[index]</c> in a loop body; <see cref="Index"/> null when the subscript is not affine in the loop index.</summary>
internal sealed record ArrayAccess(string Array, AffineIndex? Index, bool IsWrite, SyntaxNode Node)
{
    /// <summary>The subscript as written, blanks removed, for comparing accesses the affine test cannot read.</summary>
    public string Subscript { get; init; } = "";

    /// <summary>The subscript is computed from the loop index (directly or through locals) without division or modulo.</summary>
    public bool OwnedByIteration { get; init; }

    /// <summary>For <c>m[row][column]</c> on a two-dimensional parameter: the column (<see cref="Index"/> is the row).</summary>
    public AffineIndex? Column { get; init; }

    public string ColumnSubscript { get; init; } = "";

    public bool IsMatrix { get; init; }

    /// <summary>The access is a dereference (<c>*p</c>, <c>*(p + e)</c>, or through casts and byte arithmetic), not a subscript.</summary>
    public bool Pointer { get; init; }
}
