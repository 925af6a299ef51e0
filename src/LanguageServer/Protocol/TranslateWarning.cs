namespace CodeIntel.LanguageServer.Protocol;

internal sealed record TranslateWarning(string Message, LspRange Range);
