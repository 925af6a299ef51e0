using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>workspace/didChangeWorkspaceFolders</c>: indexes added folders in the background and closes removed ones.</summary>
internal sealed class DidChangeWorkspaceFoldersHandler(ServerContext context)
{
    public const string Method = "workspace/didChangeWorkspaceFolders";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var change = context.Read<DidChangeWorkspaceFoldersParams>(parameters, Method).Event;
        foreach (var removed in change.Removed)
        {
            if (context.Folders.Remove(removed.Uri) is { } folder)
            {
                _ = context.Indexes.RemoveAsync(folder);
            }
        }
        context.Indexes.Start(change.Added.Select(a => context.Folders.Add(a.Uri, a.Name)).ToList());
    });
}
