namespace CodeIntel.Parsing.Workspace;

/// <summary>A directory entry waiting to be visited, with the context of the directory it was listed in.</summary>
internal readonly record struct WalkEntry(FileSystemInfo Info, string RelativePath, DirectoryContext Parent);
