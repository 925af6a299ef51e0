using System.Text.Json;
using CodeIntel.LanguageServer.Diagnostics;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/didChange</c>: applies full or incremental edits to the open document. The index follows the
/// disk, so it is updated on save, not per keystroke.
/// </summary>
internal sealed class DidChangeHandler(ServerContext context)
{
    public const string Method = "textDocument/didChange";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var request = context.Read<DidChangeTextDocumentParams>(parameters, Method);
        if (context.Documents.Get(request.TextDocument.Uri) is not { } document)
        {
            context.Log.Info($"change ignored for a document that is not open (or outside the workspace): {request.TextDocument.Uri}");
            return;
        }
        if (request.TextDocument.Version <= document.Version)
        {
            context.Log.Warn($"change to version {request.TextDocument.Version} of {document.Uri} ignored: version {document.Version} is already applied");
            return;
        }
        document.Apply(request.TextDocument.Version, request.ContentChanges);
        context.Diagnostics.Schedule(new DocumentSnapshot(document.Uri, document.Path, document.LanguageId, document.Version, document.Text));
    });
}
