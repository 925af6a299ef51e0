namespace CodeIntel.LanguageServer.Protocol;

internal sealed record LspCommand(string Title, string Command, IReadOnlyList<object> Arguments);
