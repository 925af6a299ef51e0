namespace CodeIntel.LanguageServer.Protocol;

/// <summary>An LSP diagnostic; <see cref="Severity"/> is 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record Diagnostic(LspRange Range, int Severity, string Message, string Source, string? Code = null);
