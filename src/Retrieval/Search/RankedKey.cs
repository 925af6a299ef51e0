namespace CodeIntel.Retrieval.Search;

/// <summary>A chunk key with a retriever's score for it (higher is better).</summary>
public readonly record struct RankedKey(long Key, double Score);
