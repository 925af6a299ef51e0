using System.Diagnostics;
using CodeIntel.LanguageServer.Protocol;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// Searches every folder's index and merges the hits by score. A folder whose index is still opening is waited
/// for; one whose index failed adds a note instead of failing the whole search.
/// </summary>
internal sealed class WorkspaceSearch(IndexCoordinator coordinator)
{
    public const int MaxResults = 200;
    public const int MaxQueryLength = 2_000;

    public async Task<SearchAnswer> SearchAsync(SearchParams request, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var k = request.K ?? 20;
        var filter = new SearchFilter(request.Languages, request.Path);
        var search = new SearchRequest(request.Query, k, request.Mode ?? SearchMode.Hybrid, filter);
        var notes = new List<string>();
        if (coordinator.Indexes.Count == 0)
        {
            notes.Add("no workspace folder is open: open a folder to search its code");
        }
        var hits = new List<SearchHit>();
        var perFolder = await Task.WhenAll(coordinator.Indexes.Select(i => SearchFolderAsync(i, search, cancellationToken))).ConfigureAwait(false);
        foreach (var (folderHits, folderNotes) in perFolder)
        {
            hits.AddRange(folderHits);
            notes.AddRange(folderNotes);
        }
        var ranked = hits.OrderByDescending(h => h.Score).Take(k).ToList();
        return new SearchAnswer(ranked, notes.Distinct(StringComparer.Ordinal).ToList(), coordinator.Statuses, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary><c>workspace/symbol</c>: lexical search over symbol paths, names and bodies, as LSP symbols.</summary>
    public async Task<IReadOnlyList<SymbolInformation>> SymbolsAsync(string query, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }
        var answer = await SearchAsync(new SearchParams(query, 100, SearchMode.Lexical), cancellationToken).ConfigureAwait(false);
        return answer.Results.Select(ToSymbol).ToList();
    }

    private static async Task<(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> Notes)> SearchFolderAsync(
        FolderIndex index, SearchRequest request, CancellationToken cancellationToken)
    {
        Retrieval.Engine.SearchEngine engine;
        try
        {
            engine = await index.GetEngineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            return ([], [e.Message]);
        }
        var response = await engine.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        var hits = response.Results.Select(r => ToHit(index.Folder, r)).ToList();
        var notes = response.Notes.Select(n => $"{index.Folder.Name}: {n}").ToList();
        if (index.Status.State is "queued" or "indexing")
        {
            notes.Add($"{index.Folder.Name}: indexing is still running; results cover the files indexed so far");
        }
        return (hits, notes);
    }

    private static SearchHit ToHit(WorkspaceFolder folder, SearchResult r) => new(
        FileUris.FromPath(Path.Combine(folder.Path, r.Path)),
        new LspRange(new Position(Math.Max(0, r.StartLine - 1), 0), new Position(Math.Max(0, r.EndLine), 0)),
        r.SymbolPath,
        r.Kind.ToString().ToLowerInvariant(),
        r.Language,
        r.Snippet,
        r.Score,
        folder.Uri);

    private static SymbolInformation ToSymbol(SearchHit hit)
    {
        var dot = hit.Symbol.LastIndexOf('.');
        var name = dot < 0 ? hit.Symbol : hit.Symbol[(dot + 1)..];
        var container = dot < 0 ? null : hit.Symbol[..dot];
        return new SymbolInformation(name.Length > 0 ? name : hit.Symbol, SymbolKindOf(hit.Kind), new Location(hit.Uri, hit.Range), container);
    }

    /// <summary>LSP SymbolKind numbers for the chunker's kinds.</summary>
    private static int SymbolKindOf(string kind) => Enum.TryParse<ChunkKind>(kind, ignoreCase: true, out var k) ? k switch
    {
        ChunkKind.Function => 12,
        ChunkKind.Method => 6,
        ChunkKind.Constructor => 9,
        ChunkKind.Property => 7,
        ChunkKind.Class or ChunkKind.Record => 5,
        ChunkKind.Struct => 23,
        ChunkKind.Interface or ChunkKind.Trait => 11,
        ChunkKind.Enum => 10,
        _ => 2,
    } : 2;
}
