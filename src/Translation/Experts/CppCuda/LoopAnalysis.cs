using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// What the analyzer found in one <c>for</c> loop: the counted-loop shape (<see cref="Index"/> from <see cref="Lo"/> up
/// to <see cref="Hi"/>, inclusive or not), the accesses, reductions and private scalars, and whether it is safely
/// parallel; when it is not, <see cref="Reason"/> says why.
/// </summary>
internal sealed class LoopAnalysis
{
    public required SyntaxNode Loop { get; init; }

    public string Index { get; set; } = "";

    public string IndexType { get; set; } = "int";

    public string Lo { get; set; } = "0";

    public string Hi { get; set; } = "0";

    public bool Inclusive { get; set; }

    /// <summary>The source loop counts down from <see cref="Hi"/> to <see cref="Lo"/> (the kernel covers the same range).</summary>
    public bool Descending { get; set; }

    public List<ArrayAccess> Accesses { get; } = [];

    public List<Reduction> Reductions { get; } = [];

    /// <summary>Pointers the body sets, each with the array it points into (null when not one and the same).</summary>
    public Dictionary<string, string?> PointsInto { get; set; } = [];

    /// <summary>The values given to each pointer in <see cref="PointsInto"/>.</summary>
    public Dictionary<string, List<SyntaxNode>> PointerValues { get; set; } = [];

    /// <summary>Whether the loop writes <paramref name="array"/>, directly or through a pointer the body sets.</summary>
    public bool Writes(string array) => Accesses.Any(x => x.IsWrite && (PointsInto.TryGetValue(x.Array, out var root) ? root : x.Array) == array);

    /// <summary>Scalars set to one loop-invariant value under a condition of the index (see LoopAnalyzer.Latches.cs).</summary>
    public List<Latch> Latches { get; } = [];

    /// <summary>Scalars written before they are read in each iteration (and inner loop indices): one copy per thread.</summary>
    public HashSet<string> Privates { get; } = [];

    /// <summary>Names the body reads, for passing loop-invariant locals to the kernel.</summary>
    public HashSet<string> Used { get; } = [];

    /// <summary>The index and the locals computed from it.</summary>
    public HashSet<string> Derived { get; } = [];

    /// <summary>Body locals that stand for an affine expression of the index (see LoopAnalyzer.Locals.cs).</summary>
    public Dictionary<string, AffineIndex> AffineLocals { get; set; } = [];

    /// <summary>Body locals that are a quotient or remainder of an affine expression (see DivMod).</summary>
    public Dictionary<string, DivMod> DivMods { get; set; } = [];

    /// <summary>The <c>#pragma omp parallel for</c> above the loop, whose independence assertion is trusted; null when none.</summary>
    public OpenMpLoop? OpenMp { get; init; }

    /// <summary>Names given a value more than once per iteration (see LoopAnalyzer.Reassigned).</summary>
    public HashSet<string> Reassigned { get; set; } = [];

    /// <summary>Names computed from the index in a way that may repeat across iterations (see LoopAnalyzer.Lossy).</summary>
    public HashSet<string> Lossy { get; set; } = [];

    /// <summary>Induction variables (output cursors stepped a fixed amount per iteration), each with the expression
    /// of its value when an iteration starts (see LoopAnalyzer.Inductions.cs).</summary>
    public Dictionary<string, string> Inductions { get; set; } = [];

    /// <summary>Two-dimensional parameters (<c>T a[][N]</c>, <c>T** a</c>), subscripted as <c>a[row][column]</c>.</summary>
    public IReadOnlySet<string> Matrices { get; init; } = new HashSet<string>();

    /// <summary>Inner loops with loop-invariant bounds: the loop, its index and one past the index's largest value
    /// inside it (see LoopAnalyzer.Matrices.cs).</summary>
    public List<(SyntaxNode Loop, string Index, string Bound)> InnerBounds { get; set; } = [];

    /// <summary>The declared type of each parameter and local of the function (<c>float*</c>, <c>int</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Types { get; init; } = new Dictionary<string, string>();

    /// <summary>Conditions on loop-invariant values the proof of independence needs and the code cannot show
    /// (<c>pitch &gt;= width * 4</c>): the host launches the kernel when they hold and runs the loop as written otherwise.</summary>
    public List<string> RuntimeChecks { get; } = [];

    public string? Reason { get; set; }

    public bool IsParallel => Reason is null;
}
