using CodeIntel.CloneDetection.Fingerprints;
using CodeIntel.CloneDetection.Units;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.CloneDetection;

/// <summary>The units of a tree, ready to match, and the files that could not be read (each with its reason).</summary>
public sealed class CloneScan
{
    internal CloneScan(IReadOnlyList<CodeUnit> units, IReadOnlyList<UnitShape> shapes, IReadOnlyList<SkippedFile> skipped, int files)
    {
        Units = units;
        Shapes = shapes;
        Skipped = skipped;
        Files = files;
    }

    public IReadOnlyList<CodeUnit> Units { get; }

    internal IReadOnlyList<UnitShape> Shapes { get; }

    public IReadOnlyList<SkippedFile> Skipped { get; }

    /// <summary>Files read and split into units.</summary>
    public int Files { get; }
}
