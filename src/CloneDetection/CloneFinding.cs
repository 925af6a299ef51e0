using CodeIntel.CloneDetection.Units;

namespace CodeIntel.CloneDetection;

/// <summary>
/// One reported copy: the unit, the units it duplicates, and how. Every copy of a group gets its own finding, as
/// the analyzers report at each copy.
/// </summary>
/// <param name="Kind">"exact", "renamed", "near" or "semantic".</param>
/// <param name="Similarity">1 for exact and renamed clones; the fingerprint Jaccard or embedding cosine otherwise.</param>
public sealed record CloneFinding(CloneRule Rule, string Kind, CodeUnit Unit, IReadOnlyList<CodeUnit> Others, double Similarity)
{
    public string Message => Kind switch
    {
        "near" => $"{Unit.Describe()} is {Math.Round(Similarity * 100)}% similar to {string.Join(", ", Others.Select(o => o.Describe()))}: a near-duplicate with small edits; share the common logic",
        "semantic" => $"{Unit.Describe()} looks like the same logic as {string.Join(", ", Others.Select(o => o.Describe()))} (embedding cosine {Similarity:0.00})",
        _ => $"{Unit.Describe()} duplicates {string.Join(", ", Others.Select(o => o.Describe()))} ({Kind} clone, {Unit.TokenCount} tokens): move the shared logic into one function",
    };
}
