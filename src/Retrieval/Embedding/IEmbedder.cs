using CodeIntel.Parsing.Chunking;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Turns text into vectors. The seam between indexing and the models behind it (ONNX Runtime models in the
/// common export layout). Implementations are thread-safe.
/// </summary>
public interface IEmbedder : IDisposable
{
    EmbedderInfo Info { get; }

    /// <summary>The model's own tokenizer, so chunks are bounded in the tokens this model reads.</summary>
    ITokenCounter Tokens { get; }

    /// <summary>Embeds code chunks (with the profile's document prefix), one vector per text, in input order.</summary>
    Task<float[][]> EmbedDocumentsAsync(
        IReadOnlyList<string> documents, IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Embeds a search query (with the profile's query prefix).</summary>
    Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default);
}
