namespace CodeIntel.Retrieval.Vectors;

/// <summary>What a vector index stores with each point: enough to show a result and to delete stale points by hash.</summary>
public sealed record ChunkPayload(
    string Path, string Language, string Symbol, int StartLine, int EndLine, int StartByte, int EndByte, string ContentHash);
