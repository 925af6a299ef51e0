namespace CodeIntel.CloneDetection.Units;

/// <summary>
/// A function-level unit of a file (a chunk of kind function, method or constructor) that clone detection compares.
/// Paths are relative to the analysed root, with '/' separators; lines are 1-based.
/// </summary>
public sealed record CodeUnit(
    string Path,
    string Language,
    string Symbol,
    int StartLine,
    int EndLine,
    int StartByte,
    int EndByte,
    int TokenCount,
    string Text)
{
    /// <summary>"path:line symbol", how messages point at a unit.</summary>
    public string Describe() => $"'{Symbol}' ({Path}:{StartLine})";

    /// <summary>True when the two units share bytes of one file (a function nested in another).</summary>
    public bool Overlaps(CodeUnit other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && StartByte < other.EndByte && other.StartByte < EndByte;
}
