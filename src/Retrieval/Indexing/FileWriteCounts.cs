namespace CodeIntel.Retrieval.Indexing;

/// <summary>What one file-phase transaction changed.</summary>
internal readonly record struct FileWriteCounts(int ChunksAdded, int ChunksRemoved, int EmbeddingsReused)
{
    public static FileWriteCounts operator +(FileWriteCounts a, FileWriteCounts b) =>
        new(a.ChunksAdded + b.ChunksAdded, a.ChunksRemoved + b.ChunksRemoved, a.EmbeddingsReused + b.EmbeddingsReused);
}
