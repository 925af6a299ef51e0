using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Search;

/// <summary>One hit: where it is, what it is, how well it matched, and a few lines to show.</summary>
/// <param name="LexicalRank">1-based rank in the BM25 list, or null when BM25 did not retrieve it.</param>
/// <param name="DenseRank">1-based rank in the dense list, or null when dense search did not retrieve it.</param>
public sealed record SearchResult(
    string Path,
    string SymbolPath,
    ChunkKind Kind,
    string Language,
    int StartLine,
    int EndLine,
    double Score,
    string Snippet,
    int? LexicalRank,
    int? DenseRank,
    long Key);
