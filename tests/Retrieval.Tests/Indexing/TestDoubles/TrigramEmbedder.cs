using CodeIntel.Parsing.Chunking;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Indexing;

/// <summary>
/// A deterministic stand-in for a model: character trigrams hashed (FNV-1a) into a 64-d vector, normalised. It
/// tests indexing logic, not search quality. Counts what it embeds; <paramref name="onBatch"/> sees each batch
/// before it is embedded (the crash harness logs it).
/// </summary>
public sealed class TrigramEmbedder(
    string modelId = "test-trigram", int dimensions = 64, TimeSpan? delayPerBatch = null, Action<IReadOnlyList<string>>? onBatch = null) : IEmbedder
{
    private readonly Lock _gate = new();
    private readonly List<string> _embedded = [];

    public EmbedderInfo Info { get; } = new(modelId, dimensions, 6, 512, "fp32");

    public ITokenCounter Tokens { get; } = new HeuristicTokenCounter();

    /// <summary>Every text embedded so far, in order.</summary>
    public IReadOnlyList<string> Embedded
    {
        get
        {
            lock (_gate)
            {
                return _embedded.ToList();
            }
        }
    }

    public int Calls { get; private set; }

    public async Task<float[][]> EmbedDocumentsAsync(
        IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        onBatch?.Invoke(documents);
        if (delayPerBatch is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }
        lock (_gate)
        {
            _embedded.AddRange(documents);
            Calls++;
        }
        var vectors = documents.Select(Embed).ToArray();
        progress?.Report(new EmbeddingProgress(documents.Count, documents.Count, 0));
        return vectors;
    }

    public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default) => Task.FromResult(Embed(query));

    public void Dispose()
    {
    }

    public float[] Embed(string text)
    {
        var vector = new float[dimensions];
        var lower = text.ToLowerInvariant();
        for (var i = 0; i + 3 <= lower.Length; i++)
        {
            var hash = 2166136261u;
            for (var j = i; j < i + 3; j++)
            {
                hash = (hash ^ lower[j]) * 16777619u;
            }
            vector[hash % (uint)dimensions] += (hash & 0x80000000u) == 0 ? 1f : -1f;
        }
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            vector[0] = 1;
            return vector;
        }
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }
        return vector;
    }
}
