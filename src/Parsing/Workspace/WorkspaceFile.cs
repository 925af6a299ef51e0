namespace CodeIntel.Parsing.Workspace;

/// <summary>A file found by a scan.</summary>
/// <param name="FullPath">Absolute path, through any symbolic links the scan followed.</param>
/// <param name="RelativePath">Path relative to the scan root, with '/' separators.</param>
/// <param name="Length">Length in bytes when the file was scanned (of the target, for a linked file).</param>
public sealed record WorkspaceFile(string FullPath, string RelativePath, long Length);
