namespace CodeIntel.Parsing.Chunking;

/// <summary>The chunks of one file, and what the user should know about how they were made.</summary>
/// <param name="Chunks">In file order.</param>
/// <param name="Warnings">Fallbacks and problems, such as a parse that timed out and was replaced by line windows.</param>
public sealed record ChunkingResult(IReadOnlyList<Chunk> Chunks, IReadOnlyList<string> Warnings);
