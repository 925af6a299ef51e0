namespace CodeIntel.Retrieval.Search;

/// <summary>
/// Results of a search, best first, and notes the user should see (for example that embeddings are still being
/// computed, so dense results cover only part of the code).
/// </summary>
public sealed record SearchResponse(IReadOnlyList<SearchResult> Results, IReadOnlyList<string> Notes, TimeSpan Elapsed);
