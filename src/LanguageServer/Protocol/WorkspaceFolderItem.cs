namespace CodeIntel.LanguageServer.Protocol;

internal sealed record WorkspaceFolderItem(string Uri, string Name);
