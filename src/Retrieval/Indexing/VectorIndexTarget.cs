using CodeIntel.Retrieval.Vectors;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>The vector index an indexer keeps in step with its store, and how to make its changes durable.</summary>
/// <param name="Index">Built for the embedder's dimensions. Not owned: the caller disposes it.</param>
/// <param name="Checkpoint">
/// Called after batches of changes and at the end of a run; changes are only taken as durable once it returns.
/// Null for an index whose changes are durable as soon as each call returns (Qdrant with <c>wait=true</c>).
/// </param>
public sealed record VectorIndexTarget(IVectorIndex Index, VectorCheckpoint? Checkpoint = null);
