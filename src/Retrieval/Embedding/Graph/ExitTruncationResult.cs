namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>What <see cref="ExitTruncation.Truncate"/> did.</summary>
/// <param name="Exit">The layer the model now ends after (1-based).</param>
/// <param name="LayerCount">Layers of the full model.</param>
/// <param name="SourceTensor">The tensor, as named in the full model, that became the output.</param>
/// <param name="Pruned">Nodes and weights removed.</param>
public sealed record ExitTruncationResult(int Exit, int LayerCount, string SourceTensor, OnnxPruneResult Pruned);
