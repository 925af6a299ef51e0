namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>The clone types of Roy and Cordy's taxonomy that the matcher tells apart.</summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal enum CloneKind
{
    /// <summary>Type 1: the same tokens; only whitespace, layout and comments differ.</summary>
    Exact,

    /// <summary>Type 2: the same tokens up to a consistent renaming of names and a change of literal values.</summary>
    Renamed,

    /// <summary>Type 3: the same code with statements added, removed or changed (a gapped clone).</summary>
    Near,
}
