namespace CodeIntel.LanguageServer.Protocol;

internal sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);
