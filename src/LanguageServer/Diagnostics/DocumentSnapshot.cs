namespace CodeIntel.LanguageServer.Diagnostics;

/// <summary>An open document at one version: what a diagnostics provider analyses.</summary>
internal sealed record DocumentSnapshot(string Uri, string Path, string LanguageId, int Version, string Text);
