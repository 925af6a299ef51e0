namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// The model and storage settings of a session: the composition root fills in the defaults (from the environment),
/// the client's <c>initializationOptions</c> override them.
/// </summary>
internal sealed record EngineSettings
{
    /// <summary>Folder that holds one index folder per workspace folder.</summary>
    public required string IndexRoot { get; init; }

    /// <summary>Where the built-in model is extracted when no <see cref="ModelDirectory"/> is given.</summary>
    public required string ModelCacheDirectory { get; init; }

    /// <summary>A model directory or a built-in model's name (<see cref="Retrieval.Embedding.BuiltInModels.Names"/>); null: the offline default.</summary>
    public string? ModelDirectory { get; init; }

    public int? ExitLayer { get; init; }

    public bool Quantized { get; init; } = true;

    public Uri? QdrantUrl { get; init; }

    /// <summary>ONNX Runtime threads for embedding. Default 1, so indexing never takes the editor's cores.</summary>
    public int EmbeddingThreads { get; init; } = 1;
}
