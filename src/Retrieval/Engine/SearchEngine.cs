using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Exits;
using CodeIntel.Retrieval.Embedding.Ensemble;
using CodeIntel.Retrieval.Embedding.Graph;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;
using CodeIntel.Retrieval.Vectors;
using CodeIntel.Retrieval.Vectors.Qdrant;
using CodeIntel.Retrieval.Vectors.Usearch;

namespace CodeIntel.Retrieval.Engine;

/// <summary>
/// One repository's search: the embedding model, the chunk store with its BM25 index, the vector index, the
/// incremental indexer and the hybrid searcher, opened together and owned together.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private const string VectorFileName = "vectors.usearch";
    private const int DefaultMaxChunkTokens = 512;

    private readonly IndexStore _store;
    private readonly IEmbedder _embedder;
    private readonly IVectorIndex _vectors;
    private readonly SourceChunker _chunker;
    private readonly LanguageDetector _detector;
    private readonly CodeIndexer _indexer;
    private readonly HybridSearcher _searcher;

    private SearchEngine(IndexStore store, IEmbedder embedder, IVectorIndex vectors, VectorIndexTarget target, SearchEngineOptions options)
    {
        _store = store;
        _embedder = embedder;
        _vectors = vectors;
        var maxTokens = options.MaxChunkTokens ?? Math.Min(DefaultMaxChunkTokens, embedder.Info.MaxTokens);
        _chunker = new SourceChunker(new ChunkerOptions { MaxTokens = maxTokens, TokenCounter = embedder.Tokens });
        _detector = new LanguageDetector();
        _indexer = new CodeIndexer(store, embedder, target, _chunker, _detector, options.Workspace, options.Indexer);
        _searcher = new HybridSearcher(store, embedder, vectors, options.Fusion);
    }

    /// <summary>What the user should know about how the engine was opened (a model rebuilt, a vector index recreated).</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    public EmbedderInfo Model => _embedder.Info;

    /// <summary>The embedder the engine indexes and searches with.</summary>
    public IEmbedder Embedder => _embedder;

    public IndexState State => _store.GetState();

    /// <summary>
    /// Why the stored index does not answer for this engine's model and chunker (say, it was built with another
    /// exit), or null when it does. Searching a stale index would compare vectors of different models.
    /// </summary>
    public string? StaleReason => _store.ReadIdentity() is { } stored ? _indexer.Identity.DescribeChangeFrom(stored) : "nothing has been indexed yet";

    /// <summary>Opens (creating if needed) the index in <see cref="SearchEngineOptions.IndexDirectory"/>.</summary>
    public static SearchEngine Open(SearchEngineOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var (embedder, hybridAlpha) = OpenEmbedder(options, cancellationToken);
        // An ensemble carries its own dense weight for hybrid search, used unless the caller chose one.
        options = options with { Fusion = options.Fusion with { Alpha = options.Fusion.Alpha ?? hybridAlpha } };
        IndexStore? store = null;
        IVectorIndex? vectors = null;
        try
        {
            Directory.CreateDirectory(options.IndexDirectory);
            store = IndexStore.Open(options.IndexDirectory);
            VectorIndexTarget target;
            if (options.QdrantUrl is { } url)
            {
                var qdrant = new QdrantVectorIndex(new QdrantIndexOptions
                {
                    Url = url,
                    CollectionName = CollectionName(embedder.Info),
                    Namespace = Path.GetFileName(Path.TrimEndingDirectorySeparator(options.IndexDirectory)),
                    Dimensions = embedder.Info.Dimensions,
                });
                vectors = qdrant;
                target = new VectorIndexTarget(qdrant);
            }
            else
            {
                var usearch = OpenUsearch(Path.Combine(options.IndexDirectory, VectorFileName), embedder.Info.Dimensions, notes);
                vectors = usearch;
                target = new VectorIndexTarget(usearch, usearch.SaveAsync);
            }
            return new SearchEngine(store, embedder, vectors, target, options) { Notes = notes };
        }
        catch
        {
            vectors?.Dispose();
            store?.Dispose();
            embedder.Dispose();
            throw;
        }
    }

    /// <summary>Brings the index up to date with the tree at <paramref name="root"/>; only changed files are read again.</summary>
    public Task<IndexRunSummary> IndexAsync(string root, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default) =>
        _indexer.UpdateAsync(root, progress, cancellationToken);

    public Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        _searcher.SearchAsync(request, cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> queries drawn from the index itself, for latency benchmarks: the names of
    /// evenly spaced functions and types, split into words the way a person would type them.
    /// </summary>
    public IReadOnlyList<string> SampleQueries(int count)
    {
        var keys = _store.GetChunkKeys();
        if (keys.Count == 0 || count <= 0)
        {
            return [];
        }
        var step = Math.Max(1, keys.Count / count);
        var picked = Enumerable.Range(0, Math.Min(count, keys.Count)).Select(i => keys[Math.Min(keys.Count - 1, i * step)]).ToList();
        return _store.GetChunks(picked)
            .Select(c => string.Join(' ', CodeAnalyzer.Terms(c.Name).Distinct(StringComparer.Ordinal).Take(6)))
            .Where(q => q.Length > 0)
            .ToList();
    }

    public void Dispose()
    {
        _vectors.Dispose();
        _store.Dispose();
        _embedder.Dispose();
        _chunker.Dispose();
        _detector.Dispose();
    }

    /// <summary>One Qdrant collection per model, exit, precision and chunker version, as chunks and vectors depend on all four.</summary>
    public static string CollectionName(EmbedderInfo info) =>
        "codeintel_" + new string(($"{info.Identity}_chunker{SourceChunker.Version}").Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());

    private static (IEmbedder Embedder, double? HybridAlpha) OpenEmbedder(SearchEngineOptions options, CancellationToken cancellationToken)
    {
        if (!EnsembleProfile.IsEnsemble(options.ModelDirectory))
        {
            return (OpenModel(options.ModelDirectory, options, cancellationToken), null);
        }
        var ensemble = EnsembleProfile.Load(options.ModelDirectory);
        if (options.ExitLayer is not null)
        {
            throw new EmbeddingModelException(
                $"An exit layer belongs to one model, and '{ensemble.ModelId}' is an ensemble of {ensemble.Members.Count}. Search without an exit, or name one member's directory with it.");
        }
        var members = new List<(IEmbedder, double)>();
        try
        {
            foreach (var member in ensemble.Members)
            {
                members.Add((OpenModel(member.Directory, options, cancellationToken), member.Weight));
            }
            return (new EnsembleEmbedder(ensemble.ModelId, members), ensemble.HybridAlpha);
        }
        catch
        {
            members.ForEach(m => m.Item1.Dispose());
            throw;
        }
    }

    private static OnnxEmbedder OpenModel(string directory, SearchEngineOptions options, CancellationToken cancellationToken)
    {
        var profile = ModelProfile.Load(directory);
        var exit = options.ExitLayer is { } layer && layer != profile.Layers ? layer : (int?)null;
        // Variants are derived from model.onnx on first use and reused after (see ModelVariants).
        if (exit is { } e)
        {
            ModelVariants.EnsureExitModel(directory, e, options.Quantized, cancellationToken: cancellationToken);
        }
        else if (options.Quantized)
        {
            ModelVariants.EnsureInt8Model(directory, cancellationToken: cancellationToken);
        }
        var head = exit is { } k && options.UseExitHead ? ExitHeads.TryLoad(directory, profile.ModelId, k) : null;
        return new OnnxEmbedder(directory, new OnnxEmbedderOptions
        {
            ModelFileName = ModelVariants.FileName(null, options.Quantized),
            ExitLayer = exit,
            IntraOpThreads = options.EmbeddingThreads,
            Head = head,
        });
    }

    private static UsearchVectorIndex OpenUsearch(string path, int dimensions, List<string> notes)
    {
        try
        {
            return UsearchVectorIndex.Open(path, dimensions);
        }
        catch (VectorIndexCorruptException e)
        {
            // The vector index is derived from the database: rebuild it rather than fail.
            notes.Add($"the vector index could not be read ({e.Message}); it is rebuilt from the stored embeddings");
            UsearchIndexFiles.Delete(path);
            return UsearchVectorIndex.Open(path, dimensions);
        }
    }
}
