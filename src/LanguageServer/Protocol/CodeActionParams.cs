namespace CodeIntel.LanguageServer.Protocol;

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range);
