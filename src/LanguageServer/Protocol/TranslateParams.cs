namespace CodeIntel.LanguageServer.Protocol;

/// <summary>
/// <c>codeIntel/translate</c>: the target id (<c>python</c>, <c>cuda</c>, <c>cpp</c>) and either <see cref="Text"/>
/// or a document <see cref="Uri"/> with an optional <see cref="Range"/> (empty or absent: the whole document).
/// <see cref="LanguageId"/> names the source language when the path does not.
/// </summary>
internal sealed record TranslateParams(string Target, string? Uri = null, LspRange? Range = null, string? Text = null, string? LanguageId = null);
