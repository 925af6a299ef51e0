namespace CodeIntel.LanguageServer.Workspace;

/// <summary>A root the client opened: its URI as the client sent it, its full local path and display name.</summary>
internal sealed record WorkspaceFolder(string Uri, string Path, string Name)
{
    /// <summary>Whether <paramref name="fullPath"/> is this folder or lies under it.</summary>
    public bool Contains(string fullPath) =>
        fullPath == Path || fullPath.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
