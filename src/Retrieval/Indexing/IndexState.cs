namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// How far an index has come. Lexical search covers <see cref="Chunks"/> as soon as the files are committed;
/// semantic search covers <see cref="ChunksInVectorIndex"/>.
/// </summary>
/// <param name="Files">Files recorded, skipped ones included.</param>
/// <param name="Chunks">Chunks stored (and searchable by BM25).</param>
/// <param name="ChunksEmbedded">Chunks whose content hash has a vector in the embedding cache.</param>
/// <param name="ChunksInVectorIndex">Chunks the vector index is known to hold at its last checkpoint.</param>
/// <param name="PendingEmbeddings">Distinct content hashes still to embed.</param>
/// <param name="Generation">Grows by one with each committed change to the chunks.</param>
/// <param name="VectorGeneration">The generation at which the vector index last reached a checkpoint.</param>
public readonly record struct IndexState(
    long Files, long Chunks, long ChunksEmbedded, long ChunksInVectorIndex, long PendingEmbeddings, long Generation, long VectorGeneration)
{
    /// <summary>Chunks not yet searchable by vector.</summary>
    public long PendingVectors => Chunks - ChunksInVectorIndex;
}
