namespace CodeIntel.LanguageServer.Protocol;

internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);
