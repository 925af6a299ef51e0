namespace CodeIntel.Retrieval.Vectors;

/// <summary>
/// A saved vector index cannot be used: truncated, damaged, written for other dimensions, or out of step with its
/// sidecar. Nothing was loaded. The owner should delete the index files and rebuild from the chunk store, which is
/// unaffected; <see cref="Exception.Message"/> says the same to a user.
/// </summary>
public sealed class VectorIndexCorruptException : Exception
{
    public VectorIndexCorruptException()
    {
    }

    public VectorIndexCorruptException(string message)
        : base(message)
    {
    }

    public VectorIndexCorruptException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public VectorIndexCorruptException(string indexPath, string reason, Exception? innerException = null)
        : base($"The vector index '{indexPath}' cannot be used: {reason}. Delete it (and its '.json' sidecar) and re-index; " +
               "the chunk store is intact and the index is rebuilt from it.", innerException)
    {
        IndexPath = indexPath;
        Reason = reason;
    }

    /// <summary>The index file (or remote collection) that failed.</summary>
    public string? IndexPath { get; }

    /// <summary>What was wrong, without the advice.</summary>
    public string? Reason { get; }
}
