namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>What <see cref="OnnxGraph.Prune"/> removed.</summary>
public sealed record OnnxPruneResult(int NodesRemoved, int InitializersRemoved, int ValueInfosRemoved);
