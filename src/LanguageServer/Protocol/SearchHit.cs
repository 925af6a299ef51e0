namespace CodeIntel.LanguageServer.Protocol;

/// <summary>One <c>codeIntel/search</c> result: where it is, the symbol, a few lines to show and the fused score.</summary>
internal sealed record SearchHit(string Uri, LspRange Range, string Symbol, string Kind, string Language, string Snippet, double Score, string Folder);
