namespace CodeIntel.LanguageServer.Protocol;

/// <summary>
/// The answer to <c>codeIntel/search</c>: hits best first, notes the user should see (embeddings still running,
/// a folder whose index failed), and the state of each folder's index.
/// </summary>
internal sealed record SearchAnswer(IReadOnlyList<SearchHit> Results, IReadOnlyList<string> Notes, IReadOnlyList<IndexStatus> Index, double ElapsedMs);
