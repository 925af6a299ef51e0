namespace CodeIntel.Retrieval.Vectors;

/// <summary>A chunk's vector with the payload a remote index keeps beside it.</summary>
public sealed record VectorPoint(long Key, float[] Vector, ChunkPayload Payload);
