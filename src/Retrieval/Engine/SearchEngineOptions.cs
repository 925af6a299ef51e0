using CodeIntel.Parsing.Workspace;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Retrieval.Engine;

/// <summary>Everything a <see cref="SearchEngine"/> needs. Only a composition root (CLI, language server) fills it in.</summary>
public sealed record SearchEngineOptions
{
    /// <summary>Folder of this repository's index (index.db, the vector index).</summary>
    public required string IndexDirectory { get; init; }

    /// <summary>Model directory in the common export layout (model.onnx, tokenizer.json, codeintel-model.json).</summary>
    public required string ModelDirectory { get; init; }

    /// <summary>Layer to embed with; null for the model's last layer. Earlier exits are faster and weaker.</summary>
    public int? ExitLayer { get; init; }

    /// <summary>Run the int8-quantised model (built from the fp32 one on first use). Default true: about 2x faster at the same MRR.</summary>
    public bool Quantized { get; init; } = true;

    /// <summary>Apply the fitted exit head when an earlier exit is used and a head file exists. Default true.</summary>
    public bool UseExitHead { get; init; } = true;

    /// <summary>ONNX Runtime threads for embedding; null means the physical cores. The language server passes 1.</summary>
    public int? EmbeddingThreads { get; init; }

    /// <summary>Qdrant's gRPC URL; null keeps vectors in the embedded USearch index.</summary>
    public Uri? QdrantUrl { get; init; }

    /// <summary>Largest chunk in model tokens; null uses the model's limit (at most 512).</summary>
    public int? MaxChunkTokens { get; init; }

    public WorkspaceOptions Workspace { get; init; } = new();

    public IndexerOptions Indexer { get; init; } = new();

    public FusionOptions Fusion { get; init; } = new();
}
