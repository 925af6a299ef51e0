namespace CodeIntel.Retrieval.Vectors;

/// <summary>
/// Nearest-neighbour search over chunk vectors (cosine similarity on normalised vectors). The seam between
/// the embedded default (USearch HNSW) and Qdrant. Keys are the chunk keys of the index's chunk store.
/// </summary>
public interface IVectorIndex : IDisposable
{
    /// <summary>Adds or replaces points; idempotent, so a resumed run may send a point twice.</summary>
    Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default);

    /// <summary>Removes points; keys that are absent are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken = default);

    /// <summary>The <paramref name="limit"/> nearest points, best first.</summary>
    Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> query, int limit, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
