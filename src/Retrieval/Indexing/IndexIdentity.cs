namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// What the stored chunks, terms and vectors were made with. An index is only reused by a run with the same
/// identity; a different one re-indexes from scratch.
/// </summary>
/// <param name="EmbedderIdentity"><see cref="Embedding.EmbedderInfo.Identity"/>.</param>
/// <param name="Dimensions">Vector length.</param>
/// <param name="ChunkerVersion"><see cref="Parsing.Chunking.SourceChunker.Version"/> with the chunker's options (token budget, overlap, token counter).</param>
/// <param name="AnalyzerVersion"><see cref="CodeAnalyzer.Version"/>.</param>
public sealed record IndexIdentity(string EmbedderIdentity, int Dimensions, string ChunkerVersion, int AnalyzerVersion)
{
    /// <summary>Says what differs between <paramref name="stored"/> and this identity, or null when nothing does.</summary>
    public string? DescribeChangeFrom(IndexIdentity stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var changes = new List<string>();
        if (stored.EmbedderIdentity != EmbedderIdentity || stored.Dimensions != Dimensions)
        {
            changes.Add($"embedder {stored.EmbedderIdentity} ({stored.Dimensions}-d) -> {EmbedderIdentity} ({Dimensions}-d)");
        }
        if (stored.ChunkerVersion != ChunkerVersion)
        {
            changes.Add($"chunker {stored.ChunkerVersion} -> {ChunkerVersion}");
        }
        if (stored.AnalyzerVersion != AnalyzerVersion)
        {
            changes.Add($"lexical analyzer version {stored.AnalyzerVersion} -> {AnalyzerVersion}");
        }
        return changes.Count == 0 ? null : string.Join("; ", changes);
    }
}
