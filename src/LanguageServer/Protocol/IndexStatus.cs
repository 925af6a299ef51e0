namespace CodeIntel.LanguageServer.Protocol;

/// <summary>
/// One folder's index, as the status bar shows it and <c>codeIntel/indexStatus</c> notifies it. State is one of
/// <c>queued</c>, <c>indexing</c> (files), <c>embedding</c>, <c>ready</c>, <c>cancelled</c>, <c>failed</c>.
/// </summary>
internal sealed record IndexStatus(string Folder, string State, long Files, long Chunks, long ChunksEmbedded, long PendingEmbeddings, string? Message = null);
