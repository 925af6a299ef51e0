using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>The file phase's verdict on one scanned file, with what must be written for it.</summary>
/// <param name="IsNew">True when the store had no row for the path.</param>
internal sealed record FileOutcome(
    FileOutcomeKind Kind, string Path, bool IsNew, long Size = 0, long MtimeTicks = 0, string? Sha256 = null,
    FileChunks? Chunks = null, string? SkipReason = null);
