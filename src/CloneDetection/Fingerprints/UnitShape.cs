namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// What clone matching knows of one unit (a function, method or accessor body): its token codes three ways and
/// its winnowed fingerprints. Built by <see cref="UnitShapeBuilder"/>.
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal sealed class UnitShape
{
    public UnitShape(int[] exact, int[] renamed, ulong[] fingerprints)
    {
        Exact = exact;
        Renamed = renamed;
        Fingerprints = fingerprints;
        ExactHash = StableHash.Of(exact);
        RenamedHash = StableHash.Of(renamed);
    }

    /// <summary>Token codes with names and literal values as written (type-1 clones).</summary>
    public int[] Exact { get; }

    /// <summary>
    /// Token codes with each name replaced by the index of its first occurrence and literals by their kind, so a
    /// consistent renaming matches (Baker's parameterised matching) and an inconsistent one does not (type-2).
    /// </summary>
    public int[] Renamed { get; }

    /// <summary>Sorted, distinct winnowed fingerprints of the blindly abstracted tokens (type-3, gapped clones).</summary>
    public ulong[] Fingerprints { get; }

    public ulong ExactHash { get; }

    public ulong RenamedHash { get; }

    public int TokenCount => Exact.Length;
}
