using System.Collections.Immutable;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Workspace;

/// <summary>
/// The workspace folders (multi-root). They are also the server's sandbox: <see cref="Resolve"/> refuses any URI
/// outside them, so a client cannot make the server read or index arbitrary files.
/// </summary>
internal sealed class WorkspaceFolders
{
    private ImmutableList<WorkspaceFolder> _folders = [];

    public IReadOnlyList<WorkspaceFolder> All => _folders;

    public WorkspaceFolder Add(string uri, string name)
    {
        var folder = new WorkspaceFolder(uri, FileUris.ToPath(uri), name);
        ImmutableInterlocked.Update(ref _folders, list => list.Any(f => f.Path == folder.Path) ? list : list.Add(folder));
        return folder;
    }

    public WorkspaceFolder? Remove(string uri)
    {
        var path = FileUris.ToPath(uri);
        var removed = _folders.FirstOrDefault(f => f.Path == path);
        ImmutableInterlocked.Update(ref _folders, list => list.RemoveAll(f => f.Path == path));
        return removed;
    }

    /// <summary>The innermost folder holding <paramref name="uri"/> and the URI's full path, or null when it is outside them all.</summary>
    public (WorkspaceFolder Folder, string Path)? TryResolve(string uri)
    {
        var path = FileUris.ToPath(uri);
        var folder = _folders.Where(f => f.Contains(path)).MaxBy(f => f.Path.Length);
        return folder is null ? null : (folder, path);
    }

    /// <summary>Like <see cref="TryResolve"/>, but an error response for a URI outside the workspace.</summary>
    public (WorkspaceFolder Folder, string Path) Resolve(string uri) =>
        TryResolve(uri) ?? throw LspErrors.Invalid(
            $"'{uri}' is outside the workspace folders ({(_folders.IsEmpty ? "none are open" : string.Join(", ", _folders.Select(f => f.Path)))}); the server reads only inside them. Open its folder in the workspace first.");
}
