namespace CodeIntel.LanguageServer.Protocol;

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
