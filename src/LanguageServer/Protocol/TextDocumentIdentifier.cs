namespace CodeIntel.LanguageServer.Protocol;

internal sealed record TextDocumentIdentifier(string Uri);
