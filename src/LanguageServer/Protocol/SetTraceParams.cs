namespace CodeIntel.LanguageServer.Protocol;

/// <summary><c>off</c>, <c>messages</c> or <c>verbose</c>.</summary>
internal sealed record SetTraceParams(string Value);
