using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>The mutable fields of a stored chunk: those that change when other code in its file moves.</summary>
internal sealed record ExistingChunk(
    long Key, string Language, string Name, int StartLine, int EndLine, int StartByte, int EndByte, int Part, int PartCount, int TokenCount)
{
    public bool SamePlace(Chunk chunk) =>
        Language == chunk.Language && Name == chunk.Name && StartLine == chunk.StartLine && EndLine == chunk.EndLine &&
        StartByte == chunk.StartByte && EndByte == chunk.EndByte && Part == chunk.Part && PartCount == chunk.PartCount &&
        TokenCount == chunk.TokenCount;
}
