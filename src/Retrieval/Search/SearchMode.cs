namespace CodeIntel.Retrieval.Search;

/// <summary>Which retrievers answer a query.</summary>
public enum SearchMode
{
    /// <summary>BM25 and dense results fused (the default).</summary>
    Hybrid,

    /// <summary>Embedding similarity alone.</summary>
    Dense,

    /// <summary>BM25 over code-aware terms alone.</summary>
    Lexical,
}
