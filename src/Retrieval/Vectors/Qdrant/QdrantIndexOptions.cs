namespace CodeIntel.Retrieval.Vectors.Qdrant;

/// <summary>Where and how <see cref="QdrantVectorIndex"/> stores points. Only the composition root fills these in.</summary>
public sealed class QdrantIndexOptions
{
    /// <summary>The server's gRPC endpoint, e.g. <c>http://localhost:6334</c> (6333 is the REST port and does not work here).</summary>
    public required Uri Url { get; init; }

    /// <summary>
    /// One collection per index identity: build it from the embedding model, its exit layer and the chunker version
    /// (e.g. <c>codeintel_minilm-l6_exit6_chunker3</c>), so vectors of different models never mix. Letters, digits,
    /// <c>_</c>, <c>-</c> and <c>.</c>; at most 200 characters.
    /// </summary>
    public required string CollectionName { get; init; }

    /// <summary>Whose points these are, e.g. the repository id; one collection can hold several namespaces.</summary>
    public required string Namespace { get; init; }

    /// <summary>Vector size; the collection is created with it and an existing collection must match it.</summary>
    public required int Dimensions { get; init; }

    /// <summary>Optional API key for a secured server.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Deadline of each gRPC call. Default 30 s; a server that does not answer in time is reported unavailable.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Points per upsert request (and keys or hashes per delete request). Default 256; range 1..10,000.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is wrong.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Url, nameof(Url));
        if (!Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Url must be an absolute http:// or https:// address of Qdrant's gRPC port; got '{Url}'.", nameof(Url));
        }
        if (string.IsNullOrEmpty(CollectionName) || CollectionName.Length > 200 ||
            !CollectionName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw new ArgumentException(
                $"CollectionName '{CollectionName}' must be 1-200 characters of letters, digits, '_', '-' or '.'.", nameof(CollectionName));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(Namespace, nameof(Namespace));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Dimensions, nameof(Dimensions));
        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "RequestTimeout must be positive.");
        }
        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be between 1 and 10,000.");
        }
    }
}
