namespace CodeIntel.LanguageServer.Protocol;

/// <summary>One edit: <see cref="Range"/> null means <see cref="Text"/> replaces the whole document.</summary>
internal sealed record TextDocumentContentChange(string Text, LspRange? Range = null);
