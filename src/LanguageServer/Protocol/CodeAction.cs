namespace CodeIntel.LanguageServer.Protocol;

internal sealed record CodeAction(string Title, string Kind, LspCommand Command);
