namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>Two units (indices into the matcher's input, First &lt; Second) whose fingerprints overlap enough.</summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal readonly struct NearClonePair
{
    public NearClonePair(int first, int second, double similarity)
    {
        First = first;
        Second = second;
        Similarity = similarity;
    }

    public int First { get; }

    public int Second { get; }

    /// <summary>Jaccard similarity of the two fingerprint sets, in [0, 1].</summary>
    public double Similarity { get; }
}
