using System.Diagnostics;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Vectors;

namespace CodeIntel.Retrieval.Search;

/// <summary>
/// Answers searches from an index: BM25 over the chunk store, nearest neighbours in the vector index, and their
/// fusion (see <see cref="Fusion"/>). Lexical results are served as soon as files are committed, before their
/// embeddings exist; the response says when dense coverage is partial. Thread-safe for concurrent searches.
/// </summary>
public sealed class HybridSearcher(IndexStore store, IEmbedder? embedder, IVectorIndex? vectors, FusionOptions? fusion = null)
{
    private const int SnippetLines = 8;

    private readonly FusionOptions _fusion = (fusion ?? new FusionOptions()).Validate();

    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1, nameof(request));
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        var candidates = Math.Max(_fusion.Candidates, request.Limit);

        var lexical = request.Mode == SearchMode.Dense
            ? []
            : store.SearchLexical(request.Query, candidates, request.Filter).Select(h => new RankedKey(h.Key, h.Score)).ToList();
        var dense = request.Mode == SearchMode.Lexical
            ? []
            : await DenseAsync(request, candidates, notes, cancellationToken).ConfigureAwait(false);

        var ranking = request.Mode switch
        {
            SearchMode.Lexical => lexical,
            SearchMode.Dense => dense,
            _ when dense.Count == 0 => lexical,
            _ => Fusion.Fuse(lexical, dense, _fusion),
        };
        var top = ranking.Take(request.Limit).ToList();
        var chunks = store.GetChunks(top.Select(r => r.Key).ToList()).ToDictionary(c => c.Key);
        var lexicalRanks = Ranks(lexical);
        var denseRanks = Ranks(dense);
        var results = top
            .Where(r => chunks.ContainsKey(r.Key))
            .Select(r =>
            {
                var c = chunks[r.Key];
                return new SearchResult(c.Path, c.SymbolPath, c.Kind, c.Language, c.StartLine, c.EndLine, r.Score, Snippet(c.Text),
                    lexicalRanks.TryGetValue(r.Key, out var l) ? l : null, denseRanks.TryGetValue(r.Key, out var d) ? d : null, r.Key);
            })
            .ToList();
        return new SearchResponse(results, notes, clock.Elapsed);
    }

    private async Task<List<RankedKey>> DenseAsync(SearchRequest request, int candidates, List<string> notes, CancellationToken cancellationToken)
    {
        if (embedder is null || vectors is null)
        {
            notes.Add("semantic search is not available (no embedding model loaded); showing lexical results only");
            return [];
        }
        // Counting what is pending scans the whole store; the generation check is two reads, so it runs per query
        // and the counts only when something is pending.
        if (!store.VectorsAreCurrent() && store.GetState() is { PendingVectors: > 0 } state)
        {
            notes.Add($"{state.PendingVectors} of {state.Chunks} chunks are not embedded yet; semantic results cover the rest");
        }
        var query = await embedder.EmbedQueryAsync(request.Query, cancellationToken).ConfigureAwait(false);
        var filtered = request.Filter is { IsEmpty: false };
        // A filter is applied after the nearest-neighbour search, so ask for more when one is set.
        var hits = await vectors.SearchAsync(query, filtered ? candidates * 8 : candidates, cancellationToken).ConfigureAwait(false);
        var keys = hits.Select(h => h.Key).ToList();
        var kept = filtered ? store.FilterKeys(keys, request.Filter).ToHashSet() : null;
        return hits.Where(h => kept is null || kept.Contains(h.Key)).Take(candidates).Select(h => new RankedKey(h.Key, h.Score)).ToList();
    }

    private static Dictionary<long, int> Ranks(List<RankedKey> ranking)
    {
        var ranks = new Dictionary<long, int>(ranking.Count);
        for (var i = 0; i < ranking.Count; i++)
        {
            ranks.TryAdd(ranking[i].Key, i + 1);
        }
        return ranks;
    }

    private static string Snippet(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).Take(SnippetLines).Select(l => l.TrimEnd());
        return string.Join('\n', lines);
    }
}
