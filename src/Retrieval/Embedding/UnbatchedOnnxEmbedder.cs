using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// The comparison baseline for benchmarks, not for indexing: the way a naive integration calls ONNX Runtime, one text
/// per <c>Run</c> with freshly allocated inputs. It loads models exactly as <see cref="OnnxEmbedder"/> does and returns
/// the same vectors (within float rounding), so <see cref="EmbeddingBenchmark"/> measures batching and buffer reuse
/// alone. Use <see cref="OnnxEmbedder"/> everywhere else.
/// </summary>
public sealed class UnbatchedOnnxEmbedder : IEmbedder
{
    private readonly EmbeddingModel _model;

    public UnbatchedOnnxEmbedder(string modelDirectory, OnnxEmbedderOptions? options = null)
    {
        _model = EmbeddingModel.Open(modelDirectory, options ?? new OnnxEmbedderOptions());
    }

    public EmbedderInfo Info => _model.Info;

    public ITokenCounter Tokens => _model.Tokenizer;

    public Task<float[][]> EmbedDocumentsAsync(
        IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Task.Run(
            () =>
            {
                var results = new float[documents.Count][];
                long tokens = 0;
                for (var i = 0; i < documents.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = EmbedOne(_model.Profile.DocumentPrefix + documents[i], out var length);
                    tokens += length;
                    progress?.Report(new EmbeddingProgress(i + 1, documents.Count, tokens));
                }
                return results;
            },
            cancellationToken);
    }

    public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.Run(() => EmbedOne(_model.Profile.QueryPrefix + query, out _), cancellationToken);
    }

    public void Dispose() => _model.Dispose();

    private float[] EmbedOne(string text, out int length)
    {
        var ids = _model.Tokenizer.Encode(text);
        length = ids.Length;
        var mask = new long[length];
        Array.Fill(mask, 1L);
        return _model.Run(ids, mask, new long[length], 1, length)[0];
    }
}
