namespace CodeIntel.Retrieval.Embedding;

/// <summary>What an embedder produces. <see cref="Identity"/> goes into index identities: change it, re-index.</summary>
/// <param name="ModelId">The model's name, e.g. <c>all-MiniLM-L6-v2</c>.</param>
/// <param name="Dimensions">Length of each vector.</param>
/// <param name="Exit">The layer whose states are pooled (the model's last layer unless an earlier exit was chosen).</param>
/// <param name="MaxTokens">Longest input in tokens; longer inputs are truncated.</param>
/// <param name="Precision"><c>fp32</c>, or <c>int8</c> for a quantised model.</param>
/// <param name="Head">Name of the exit head applied after pooling, or null.</param>
/// <param name="SplitIdentifiers">Whether identifiers are split into words before tokenizing.</param>
/// <param name="ExpandAbbreviations">Whether abbreviations are followed by their words before tokenizing.</param>
public sealed record EmbedderInfo(string ModelId, int Dimensions, int Exit, int MaxTokens, string Precision, string? Head = null, bool SplitIdentifiers = false,
    bool ExpandAbbreviations = false)
{
    public string Identity => $"{ModelId}/exit{Exit}/{Precision}" + (Head is null ? string.Empty : $"/{Head}") + (SplitIdentifiers ? "/words" : string.Empty)
        + (ExpandAbbreviations ? "/abbreviations" : string.Empty);
}
