using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// <c>workspace/didChangeWatchedFiles</c>: files were created, changed or deleted (by the editor, git, a build);
/// each folder concerned gets one incremental update. Events outside the workspace are ignored.
/// </summary>
internal sealed class DidChangeWatchedFilesHandler(ServerContext context)
{
    public const string Method = "workspace/didChangeWatchedFiles";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var changes = context.Read<DidChangeWatchedFilesParams>(parameters, Method).Changes;
        var folders = new HashSet<Workspace.WorkspaceFolder>();
        foreach (var change in changes)
        {
            try
            {
                if (context.Folders.TryResolve(change.Uri) is { } resolved)
                {
                    folders.Add(resolved.Folder);
                }
            }
            catch (StreamJsonRpc.LocalRpcException e)
            {
                context.Log.Warn($"watched-file event ignored: {e.Message}");
            }
        }
        foreach (var folder in folders)
        {
            context.Indexes.RequestUpdate(folder);
        }
    });
}
