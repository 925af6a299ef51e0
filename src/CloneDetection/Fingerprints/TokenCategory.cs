namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>How a token takes part in clone matching.</summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal enum TokenCategory
{
    /// <summary>Keywords, operators and punctuation: always compared by their text.</summary>
    Fixed,

    /// <summary>Names: compared by text for exact clones, by first-occurrence index for renamed ones.</summary>
    Identifier,

    /// <summary>Literals: compared by text for exact clones, by literal kind otherwise.</summary>
    Literal,
}
