namespace CodeIntel.Parsing.Workspace;

/// <summary>A file or directory that was found but not indexed, and why.</summary>
/// <param name="RelativePath">Path relative to the scan root, with '/' separators ("." for the root itself).</param>
/// <param name="Reason">A short sentence for the user, such as "binary file (NUL byte at offset 12)".</param>
public sealed record SkippedFile(string RelativePath, string Reason);
