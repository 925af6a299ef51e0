namespace CodeIntel.Retrieval.Indexing;

/// <summary>A BM25 result: the chunk key and its score, higher is better (the negated FTS5 <c>bm25()</c> value).</summary>
public readonly record struct LexicalHit(long Key, double Score);
