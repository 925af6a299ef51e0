using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>The counts of one run as it goes; becomes an <see cref="IndexRunSummary"/> at the end. One writer thread.</summary>
internal sealed class RunCounters
{
    public int FilesScanned { get; set; }

    public int FilesAdded { get; set; }

    public int FilesChanged { get; set; }

    public int FilesDeleted { get; set; }

    public int FilesUnchanged { get; set; }

    public FileWriteCounts Written { get; set; }

    public int ChunksEmbedded { get; set; }

    public int ChunksToEmbed { get; set; }

    public List<SkippedFile> Skipped { get; } = [];

    public string? ResetReason { get; set; }

    public string? VectorRebuildReason { get; set; }

    public TimeSpan FilesElapsed { get; set; }

    public TimeSpan EmbeddingElapsed { get; set; }

    public TimeSpan VectorsElapsed { get; set; }

    public IndexProgress Progress(IndexPhase phase, double chunksPerSecond) => new(
        phase, FilesScanned, FilesAdded + FilesChanged, Written.ChunksAdded, ChunksEmbedded, ChunksToEmbed, chunksPerSecond);

    public IndexRunSummary ToSummary(IndexState state) => new()
    {
        FilesScanned = FilesScanned,
        FilesAdded = FilesAdded,
        FilesChanged = FilesChanged,
        FilesDeleted = FilesDeleted,
        FilesUnchanged = FilesUnchanged,
        ChunksAdded = Written.ChunksAdded,
        ChunksRemoved = Written.ChunksRemoved,
        ChunksEmbedded = ChunksEmbedded,
        EmbeddingsReused = Written.EmbeddingsReused,
        Skipped = Skipped.ToList(),
        ResetReason = ResetReason,
        VectorRebuildReason = VectorRebuildReason,
        FilesElapsed = FilesElapsed,
        EmbeddingElapsed = EmbeddingElapsed,
        VectorsElapsed = VectorsElapsed,
        State = state,
    };
}
