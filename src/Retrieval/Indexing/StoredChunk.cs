using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>A chunk as the index keeps it: the fields of <see cref="Chunk"/> plus its key in the vector indexes.</summary>
public sealed record StoredChunk(
    long Key,
    string Id,
    string Path,
    string Language,
    ChunkKind Kind,
    string SymbolPath,
    string Name,
    int StartLine,
    int EndLine,
    int StartByte,
    int EndByte,
    int Part,
    int PartCount,
    string ContentHash,
    string Text);
