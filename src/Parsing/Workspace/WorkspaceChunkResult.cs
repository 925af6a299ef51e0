namespace CodeIntel.Parsing.Workspace;

/// <summary>One file of a workspace run: its chunks, or why it was skipped. Exactly one is set.</summary>
public readonly record struct WorkspaceChunkResult(FileChunks? File, SkippedFile? Skipped);
