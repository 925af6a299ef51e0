using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Retrieval.Indexing;
using Microsoft.Data.Sqlite;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>A source tree, an index directory, and everything a <see cref="CodeIndexer"/> needs, with test doubles.</summary>
internal sealed class IndexFixture : IDisposable
{
    private readonly TempDirectory _index = new();

    public IndexFixture()
    {
        Store = IndexStore.Open(IndexDirectory);
    }

    public TempDirectory Tree { get; } = new();

    public string IndexDirectory => _index.Root;

    public SourceChunker Chunker { get; } = new();

    public LanguageDetector Detector { get; } = new();

    public TrigramEmbedder Embedder { get; set; } = new();

    public InMemoryVectorIndex Vectors { get; set; } = new();

    public IndexStore Store { get; private set; }

    public CodeIndexer Indexer(IndexerOptions? options = null, VectorCheckpoint? checkpoint = null) =>
        new(Store, Embedder, new VectorIndexTarget(Vectors, checkpoint), Chunker, Detector, options: options);

    public Task<IndexRunSummary> UpdateAsync(IndexerOptions? options = null, CancellationToken cancellationToken = default) =>
        Indexer(options).UpdateAsync(Tree.Root, null, cancellationToken);

    public void Reopen()
    {
        Store.Dispose();
        Store = IndexStore.Open(IndexDirectory);
    }

    /// <summary>All stored chunks, by key.</summary>
    public IReadOnlyList<StoredChunk> Chunks() => Store.GetChunks(Store.GetChunkKeys());

    /// <summary>Rows in the full-text table, read straight from the database file.</summary>
    public long FullTextRows()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(IndexDirectory, IndexStore.FileName)};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM chunks_fts";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>The invariant every finished run must leave: one vector per chunk, under its key, for its content.</summary>
    public void AssertVectorsMatchChunks()
    {
        var chunks = Chunks();
        Assert.Equal(chunks.Select(c => c.Key).Order(), Vectors.Keys.Order());
        foreach (var chunk in chunks)
        {
            var point = Vectors.Get(chunk.Key)!;
            Assert.Equal(chunk.ContentHash, point.Payload.ContentHash);
            Assert.Equal(Embedder.Embed(chunk.Text), point.Vector);
        }
    }

    public void Dispose()
    {
        Store.Dispose();
        Chunker.Dispose();
        Detector.Dispose();
        Tree.Dispose();
        _index.Dispose();
    }
}
