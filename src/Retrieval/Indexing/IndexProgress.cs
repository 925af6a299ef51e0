namespace CodeIntel.Retrieval.Indexing;

/// <summary>Progress of an index run. Counts are for this run.</summary>
/// <param name="ChunksToEmbed">Distinct contents to embed in this run, known once the embedding phase starts.</param>
/// <param name="ChunksPerSecond">Embedding throughput so far in the embedding phase; chunks written per second before it.</param>
public readonly record struct IndexProgress(
    IndexPhase Phase, int FilesScanned, int FilesChanged, int ChunksWritten, int ChunksEmbedded, int ChunksToEmbed, double ChunksPerSecond);
