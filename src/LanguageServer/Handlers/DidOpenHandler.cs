using System.Text.Json;
using CodeIntel.LanguageServer.Diagnostics;
using CodeIntel.LanguageServer.Documents;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>textDocument/didOpen</c>: tracks documents inside the workspace; others are not read.</summary>
internal sealed class DidOpenHandler(ServerContext context)
{
    public const string Method = "textDocument/didOpen";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var item = context.Read<DidOpenTextDocumentParams>(parameters, Method).TextDocument;
        if (context.Folders.TryResolve(item.Uri) is not { } resolved)
        {
            context.Log.Info($"not tracked (outside the workspace folders): {item.Uri}");
            return;
        }
        var document = new OpenDocument(item.Uri, resolved.Path, item.LanguageId, item.Version, item.Text);
        context.Documents.Open(document);
        context.Diagnostics.Schedule(new DocumentSnapshot(item.Uri, resolved.Path, item.LanguageId, item.Version, item.Text), immediately: true);
    });
}
