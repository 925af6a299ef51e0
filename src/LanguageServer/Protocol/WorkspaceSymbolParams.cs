namespace CodeIntel.LanguageServer.Protocol;

internal sealed record WorkspaceSymbolParams(string Query);
