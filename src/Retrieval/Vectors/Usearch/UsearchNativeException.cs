namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>The native USearch library reported an error; the message names the call and the library's reason.</summary>
public sealed class UsearchNativeException : Exception
{
    public UsearchNativeException()
    {
    }

    public UsearchNativeException(string message)
        : base(message)
    {
    }

    public UsearchNativeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal UsearchNativeException(string operation, string reason)
        : base($"USearch {operation} failed: {reason}")
    {
        Operation = operation;
    }

    /// <summary>The native call that failed, e.g. <c>usearch_add</c>.</summary>
    public string? Operation { get; }
}
