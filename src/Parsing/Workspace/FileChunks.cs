using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;

namespace CodeIntel.Parsing.Workspace;

/// <summary>The chunks of one workspace file.</summary>
public sealed record FileChunks(string RelativePath, Language Language, long Bytes, int Lines, IReadOnlyList<Chunk> Chunks, IReadOnlyList<string> Warnings);
