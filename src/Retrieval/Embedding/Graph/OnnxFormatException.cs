namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>A model file is not what the editor can read or rewrite; the message says what was expected.</summary>
public sealed class OnnxFormatException : Exception
{
    public OnnxFormatException()
    {
    }

    public OnnxFormatException(string message)
        : base(message)
    {
    }

    public OnnxFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
