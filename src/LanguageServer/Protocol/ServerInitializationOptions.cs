namespace CodeIntel.LanguageServer.Protocol;

/// <summary>
/// What the extension passes from its <c>codeIntel.*</c> settings. Every member is optional; null keeps the default
/// (the built-in model, int8, the last layer, the embedded vector index, indexes in the user's cache).
/// </summary>
internal sealed record ServerInitializationOptions(
    string? ModelDirectory = null,
    int? ExitLayer = null,
    bool? Quantized = null,
    string? QdrantUrl = null,
    string? IndexDirectory = null,
    int? EmbeddingThreads = null);
