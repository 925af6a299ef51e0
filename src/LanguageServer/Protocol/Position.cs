namespace CodeIntel.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 column, as LSP counts them by default.</summary>
internal sealed record Position(int Line, int Character);
