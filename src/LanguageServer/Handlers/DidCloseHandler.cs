using System.Text.Json;
using CodeIntel.LanguageServer.Hosting;
using CodeIntel.LanguageServer.Protocol;

namespace CodeIntel.LanguageServer.Handlers;

/// <summary><c>textDocument/didClose</c>: forgets the editor's text and clears the document's diagnostics.</summary>
internal sealed class DidCloseHandler(ServerContext context)
{
    public const string Method = "textDocument/didClose";

    public void Handle(JsonElement parameters) => context.Notification(Method, () =>
    {
        var uri = context.Read<DidCloseTextDocumentParams>(parameters, Method).TextDocument.Uri;
        if (context.Documents.Close(uri))
        {
            _ = context.Diagnostics.ClearAsync(uri);
        }
    });
}
