namespace CodeIntel.Retrieval.Indexing;

/// <summary>A row of the <c>files</c> table: what a file looked like when it was last indexed.</summary>
/// <param name="MtimeTicks">Last write time (UTC ticks); 0 when it was too recent to trust (see <see cref="FileExaminer"/>).</param>
/// <param name="Sha256">Hex SHA-256 of the content; null for a file skipped without reading it.</param>
/// <param name="SkipReason">Why the file is not indexed, or null when it is.</param>
internal sealed record StoredFile(string Path, long Size, long MtimeTicks, string? Sha256, string? SkipReason);
