namespace CodeIntel.Retrieval.Embedding;

/// <summary>Progress of a batch embedding: texts done out of the total, and real (unpadded) tokens read so far.</summary>
public readonly record struct EmbeddingProgress(int Done, int Total, long Tokens);
