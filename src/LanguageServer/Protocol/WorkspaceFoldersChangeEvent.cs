namespace CodeIntel.LanguageServer.Protocol;

internal sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolderItem> Added, IReadOnlyList<WorkspaceFolderItem> Removed);
