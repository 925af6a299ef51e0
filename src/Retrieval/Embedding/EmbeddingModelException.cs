namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// An embedding model cannot be used as configured: a missing or damaged file, an invalid profile, an exit the
/// model does not offer. The message names the file or field and says what to do next.
/// </summary>
public sealed class EmbeddingModelException : Exception
{
    public EmbeddingModelException()
    {
    }

    public EmbeddingModelException(string message)
        : base(message)
    {
    }

    public EmbeddingModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
