namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>Units (indices into the matcher's input) that are exact or renamed copies of one another.</summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal sealed class CloneGroup
{
    public CloneGroup(CloneKind kind, int[] members)
    {
        Kind = kind;
        Members = members;
    }

    /// <summary><see cref="CloneKind.Exact"/> when every member has the same tokens, else <see cref="CloneKind.Renamed"/>.</summary>
    public CloneKind Kind { get; }

    /// <summary>Indices of the members, ascending.</summary>
    public int[] Members { get; }
}
