using CodeIntel.Retrieval.Search;

namespace CodeIntel.LanguageServer.Protocol;

/// <summary>
/// <c>codeIntel/search</c>: the query, how many results (<see cref="K"/>, 1 to 200, default 20), the retrievers
/// (hybrid, lexical or dense; default hybrid), and optional filters by language id and path glob.
/// </summary>
internal sealed record SearchParams(string Query, int? K = null, SearchMode? Mode = null, IReadOnlyList<string>? Languages = null, string? Path = null);
