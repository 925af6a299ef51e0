namespace CodeIntel.LanguageServer.Protocol;

internal sealed record Location(string Uri, LspRange Range);
