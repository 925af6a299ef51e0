namespace CodeIntel.CloneDetection;

/// <summary>The rules `codeintel analyze` reports; the first two share IDs and meaning with the Roslyn analyzers.</summary>
public sealed record CloneRule(string Id, string Name, string Title, string Description)
{
    public static readonly CloneRule Duplicate = new("CI0001", "DuplicatedCode", "Duplicated code",
        "Two or more functions have the same body token for token (an exact clone) or up to a consistent renaming of names and literal values (a renamed clone).");

    public static readonly CloneRule NearDuplicate = new("CI0002", "NearDuplicateCode", "Near-duplicate code",
        "Two functions share most of their code with a few statements added, removed or changed (a gapped clone), found by winnowed token fingerprints.");

    public static readonly CloneRule Semantic = new("CI0101", "SemanticClone", "Semantic clone",
        "Two functions, possibly in different languages, whose code embeddings are nearer than a threshold: likely the same logic written twice.");

    public static IReadOnlyList<CloneRule> All { get; } = [Duplicate, NearDuplicate, Semantic];
}
