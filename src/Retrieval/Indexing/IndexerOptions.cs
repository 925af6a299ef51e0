namespace CodeIntel.Retrieval.Indexing;

/// <summary>How <see cref="CodeIndexer"/> batches its work. Values are checked when set.</summary>
public sealed class IndexerOptions
{
    private readonly int _embeddingBatchSize = 256;
    private readonly int _filesPerTransaction = 32;
    private readonly int _vectorCheckpointInterval = 16_384;
    private readonly int _unreferencedEmbeddingsKept = 20_000;
    private readonly int? _maxParallelism;

    /// <summary>
    /// Texts per call to the embedder; each batch's vectors are committed in one transaction, so a crash loses at
    /// most one batch of work. Default: 256. From 1 to 65,536.
    /// </summary>
    public int EmbeddingBatchSize
    {
        get => _embeddingBatchSize;
        init => _embeddingBatchSize = Check(value, 1, 65_536, nameof(EmbeddingBatchSize), "256");
    }

    /// <summary>
    /// Changed files committed per transaction. Each file's chunks are replaced atomically whatever the value;
    /// larger batches mean fewer disk syncs. Default: 32. From 1 to 10,000.
    /// </summary>
    public int FilesPerTransaction
    {
        get => _filesPerTransaction;
        init => _filesPerTransaction = Check(value, 1, 10_000, nameof(FilesPerTransaction), "32");
    }

    /// <summary>
    /// Vector changes (points upserted or deleted) between two calls to <see cref="VectorIndexTarget.Checkpoint"/>.
    /// A checkpoint may rewrite the whole vector file, so it is not done per batch; a crash replays at most this many
    /// changes. Ignored when the target has no checkpoint. Default: 16,384. From 1 to 10,000,000.
    /// </summary>
    public int VectorCheckpointInterval
    {
        get => _vectorCheckpointInterval;
        init => _vectorCheckpointInterval = Check(value, 1, 10_000_000, nameof(VectorCheckpointInterval), "16,384");
    }

    /// <summary>
    /// Cached vectors of contents no chunk has any more, kept (newest first) so that code which comes back — a
    /// branch switched back, an undo — is not embedded again; the rest are deleted at the end of each run so the
    /// cache cannot grow without bound. Default: 20,000 (about 30 MB at 384 dimensions). From 0 to 100,000,000.
    /// </summary>
    public int UnreferencedEmbeddingsKept
    {
        get => _unreferencedEmbeddingsKept;
        init => _unreferencedEmbeddingsKept = Check(value, 0, 100_000_000, nameof(UnreferencedEmbeddingsKept), "20,000");
    }

    /// <summary>Files hashed and chunked at once. Default: null (the processor count). From 1 to 64.</summary>
    public int? MaxParallelism
    {
        get => _maxParallelism;
        init => _maxParallelism = value is null ? null : Check(value.Value, 1, 64, nameof(MaxParallelism), "the processor count");
    }

    private static int Check(int value, int min, int max, string name, string defaultText) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be from {min:N0} to {max:N0} (the default is {defaultText}).");
}
