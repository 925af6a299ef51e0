namespace CodeIntel.Retrieval.Vectors;

/// <summary>A nearest-neighbour result: the chunk key and its cosine similarity to the query.</summary>
public readonly record struct VectorHit(long Key, float Score);
