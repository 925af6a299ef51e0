using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Search;

/// <summary>A code search: the query, how many results, which retrievers, and an optional language/path filter.</summary>
public sealed record SearchRequest(string Query, int Limit = 10, SearchMode Mode = SearchMode.Hybrid, SearchFilter? Filter = null);
