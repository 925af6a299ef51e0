namespace CodeIntel.Retrieval.Vectors;

/// <summary>
/// A remote vector index (Qdrant) did not answer: refused, unreachable, or past its deadline. The message names the
/// URL and says how to start a server. Cancellation by the caller is never reported this way.
/// </summary>
public sealed class VectorIndexUnavailableException : Exception
{
    public VectorIndexUnavailableException()
    {
    }

    public VectorIndexUnavailableException(string message)
        : base(message)
    {
    }

    public VectorIndexUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public VectorIndexUnavailableException(Uri url, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Url = url;
    }

    /// <summary>The server address that did not answer.</summary>
    public Uri? Url { get; }
}
