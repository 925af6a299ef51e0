using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>What one <see cref="CodeIndexer.UpdateAsync"/> run did.</summary>
public sealed record IndexRunSummary
{
    /// <summary>Files the scan found, skipped ones included.</summary>
    public required int FilesScanned { get; init; }

    public required int FilesAdded { get; init; }

    /// <summary>Files whose content changed and were chunked again.</summary>
    public required int FilesChanged { get; init; }

    /// <summary>Files gone from the tree (or no longer found by the scan) whose chunks were removed.</summary>
    public required int FilesDeleted { get; init; }

    /// <summary>Files not chunked again: same size and time, or same SHA-256 after those changed.</summary>
    public required int FilesUnchanged { get; init; }

    public required int ChunksAdded { get; init; }

    public required int ChunksRemoved { get; init; }

    /// <summary>Distinct contents sent to the embedder.</summary>
    public required int ChunksEmbedded { get; init; }

    /// <summary>Chunks added whose content already had a cached vector (moved, copied or restored code).</summary>
    public required int EmbeddingsReused { get; init; }

    /// <summary>Files not indexed and why (including skipped files that did not change since an earlier run).</summary>
    public required IReadOnlyList<SkippedFile> Skipped { get; init; }

    /// <summary>Why the index was cleared and rebuilt from scratch (its identity changed), or null.</summary>
    public string? ResetReason { get; init; }

    /// <summary>Why the vector index was rebuilt from the stored vectors, or null.</summary>
    public string? VectorRebuildReason { get; init; }

    /// <summary>Scanning, chunking and committing files.</summary>
    public required TimeSpan FilesElapsed { get; init; }

    /// <summary>Embedding (including the vector upserts interleaved with it).</summary>
    public required TimeSpan EmbeddingElapsed { get; init; }

    /// <summary>Journal replay, deletes, upserts of cached vectors and the final checkpoint.</summary>
    public required TimeSpan VectorsElapsed { get; init; }

    /// <summary>The index after the run.</summary>
    public required IndexState State { get; init; }
}
