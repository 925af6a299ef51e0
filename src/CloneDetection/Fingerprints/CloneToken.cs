namespace CodeIntel.CloneDetection.Fingerprints;

/// <summary>
/// One token of a unit as a front end (Roslyn, tree-sitter) sees it. <paramref name="Kind"/> is the literal's kind
/// (for example "string", "number") for literals and is ignored otherwise.
/// </summary>
/// <remarks>Shared by source with the Roslyn analyzers (netstandard2.0): keep this file to plain C#.</remarks>
internal readonly struct CloneToken
{
    public CloneToken(TokenCategory category, string text, string kind)
    {
        Category = category;
        Text = text;
        Kind = kind;
    }

    public TokenCategory Category { get; }

    public string Text { get; }

    public string Kind { get; }
}
