namespace CodeIntel.LanguageServer.Protocol;

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
