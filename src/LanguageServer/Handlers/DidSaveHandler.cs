using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>textDocument/didSave</c>: the file on disk changed, so its folder's index is brought up to date (incrementally).</summary>
internal sealed class DidSaveHandler(ServerContext context)
{
    public const string Method = "textDocument/didSave";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var uri = context.Read<DidSaveTextDocumentParams>(parameters, Method).TextDocument.Uri;
        if (context.Folders.TryResolve(uri) is { } resolved)
        {
            context.Indexes.RequestUpdate(resolved.Folder);
        }
    });
}
