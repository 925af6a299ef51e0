using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace CodeIntel.Retrieval.Vectors.Qdrant;

/// <summary>
/// The scale-out vector index: points in a Qdrant collection over gRPC. The collection is created on first use
/// (cosine distance, the options' size) with keyword indexes on namespace, path and content hash; every call is
/// confined to the options' namespace. Writes wait until Qdrant has applied them, so a count or search that
/// follows sees them.
/// </summary>
/// <remarks>
/// Failures are handled here, once: an unreachable or silent server becomes <see cref="VectorIndexUnavailableException"/>
/// (logged as an error), a collection of the wrong size <see cref="VectorIndexCorruptException"/>, the caller's
/// cancellation <see cref="OperationCanceledException"/>; any other gRPC error is logged and rethrown.
/// Safe for concurrent use.
/// </remarks>
public sealed partial class QdrantVectorIndex : IVectorIndex
{
    private readonly QdrantClient _client;
    private readonly QdrantIndexOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _collectionGate = new(1, 1);
    private volatile bool _collectionReady;

    public QdrantVectorIndex(QdrantIndexOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = loggerFactory?.CreateLogger<QdrantVectorIndex>() ?? NullLogger<QdrantVectorIndex>.Instance;
        _client = new QdrantClient(options.Url, options.ApiKey, options.RequestTimeout, loggerFactory);
    }

    public string CollectionName => _options.CollectionName;

    public Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        VectorPointValidator.ValidatePoints(points, _options.Dimensions);
        return InBatchesAsync("upsert", points, (batch, token) => _client.UpsertAsync(
            CollectionName, batch.Select(point => QdrantPayload.ToPoint(_options.Namespace, point)).ToList(), wait: true, cancellationToken: token), cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = keys.Where(key => key >= 0).Select(key => QdrantPointId.From(_options.Namespace, key));
        return InBatchesAsync("delete", ids, (batch, token) => _client.DeleteAsync(CollectionName, batch, wait: true, cancellationToken: token), cancellationToken);
    }

    /// <summary>Deletes this namespace's points whose chunk content hash is one of <paramref name="hashes"/> (stale chunks).</summary>
    public Task DeleteByContentHashAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        return InBatchesAsync("delete by content hash", hashes.Distinct(StringComparer.Ordinal), (batch, token) => _client.DeleteAsync(
            CollectionName, QdrantPayload.WithContentHashes(_options.Namespace, batch), wait: true, cancellationToken: token), cancellationToken);
    }

    /// <summary>Sends <paramref name="items"/> in batches of the configured size, one request each, as one operation.</summary>
    private async Task InBatchesAsync<T>(string operation, IEnumerable<T> items, Func<T[], CancellationToken, Task> send, CancellationToken cancellationToken) =>
        await InvokeAsync(operation, async token =>
        {
            foreach (var batch in items.Chunk(_options.BatchSize))
            {
                await send(batch, token).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> query, int limit, CancellationToken cancellationToken = default)
    {
        VectorPointValidator.ValidateQuery(query, limit, _options.Dimensions);
        VectorInput nearest = query.ToArray();
        var points = await InvokeAsync("search", token => _client.QueryAsync(
            CollectionName,
            query: nearest,
            filter: QdrantPayload.InNamespace(_options.Namespace),
            limit: (ulong)limit,
            payloadSelector: new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { QdrantPayload.Key } } },
            cancellationToken: token), cancellationToken).ConfigureAwait(false);
        var hits = new List<VectorHit>(points.Count);
        foreach (var point in points)
        {
            var key = QdrantPayload.KeyOf(point.Payload)
                ?? throw new VectorIndexCorruptException(CollectionName, $"point {point.Id} has no '{QdrantPayload.Key}' payload; it was not written by CodeIntel");
            hits.Add(new VectorHit(key, point.Score));
        }
        return hits;
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        var count = await InvokeAsync("count", token => _client.CountAsync(
            CollectionName, QdrantPayload.InNamespace(_options.Namespace), exact: true, cancellationToken: token), cancellationToken).ConfigureAwait(false);
        return (long)count;
    }

    /// <summary>Drops the whole collection, every namespace in it (to rebuild, or to clean up after tests).</summary>
    public async Task DeleteCollectionAsync(CancellationToken cancellationToken = default)
    {
        await InvokeAsync("delete collection", token => _client.DeleteCollectionAsync(CollectionName, cancellationToken: token), cancellationToken, ensureCollection: false)
            .ConfigureAwait(false);
        _collectionReady = false;
    }

    public void Dispose()
    {
        _client.Dispose();
        _collectionGate.Dispose();
    }

    private async Task EnsureCollectionAsync(CancellationToken cancellationToken)
    {
        if (_collectionReady)
        {
            return;
        }
        await _collectionGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_collectionReady)
            {
                return;
            }
            if (!await _client.CollectionExistsAsync(CollectionName, cancellationToken).ConfigureAwait(false))
            {
                await CreateCollectionAsync(cancellationToken).ConfigureAwait(false);
            }
            await CheckCollectionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var field in QdrantPayload.IndexedFields)
            {
                // Idempotent: Qdrant accepts a request for an index that already exists.
                await _client.CreatePayloadIndexAsync(CollectionName, field, PayloadSchemaType.Keyword, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            _collectionReady = true;
        }
        finally
        {
            _collectionGate.Release();
        }
    }

    private async Task CreateCollectionAsync(CancellationToken cancellationToken)
    {
        var vectors = new VectorParams { Size = (ulong)_options.Dimensions, Distance = Distance.Cosine };
        try
        {
            await _client.CreateCollectionAsync(CollectionName, vectors, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogCreatedCollection(_logger, CollectionName, _options.Dimensions);
        }
        catch (RpcException e) when (e.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Cancelled))
        {
            // Another process may have created it between our check and our request; CheckCollectionAsync verifies it.
            if (!await _client.CollectionExistsAsync(CollectionName, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    private async Task CheckCollectionAsync(CancellationToken cancellationToken)
    {
        var info = await _client.GetCollectionInfoAsync(CollectionName, cancellationToken).ConfigureAwait(false);
        var config = info.Config?.Params?.VectorsConfig;
        var vectors = config?.ConfigCase == VectorsConfig.ConfigOneofCase.Params ? config.Params : null;
        if (vectors is null || vectors.Size != (ulong)_options.Dimensions || vectors.Distance != Distance.Cosine)
        {
            var found = vectors is null ? "named or no vectors" : $"{vectors.Size}-dimensional {vectors.Distance} vectors";
            throw new VectorIndexCorruptException(CollectionName,
                $"the Qdrant collection holds {found}, but this index needs {_options.Dimensions}-dimensional Cosine vectors; " +
                "include the model identity in the collection name or delete the collection");
        }
    }

    private Task<bool> InvokeAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken, bool ensureCollection = true) =>
        InvokeAsync(operation, async token =>
        {
            await call(token).ConfigureAwait(false);
            return true;
        }, cancellationToken, ensureCollection);

    private async Task<T> InvokeAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, bool ensureCollection = true)
    {
        try
        {
            if (ensureCollection)
            {
                await EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
            }
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"Qdrant {operation} was cancelled.", e, cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            var unavailable = new VectorIndexUnavailableException(_options.Url, UnavailableMessage(operation, e), e);
            LogUnavailable(_logger, unavailable, _options.Url, operation);
            throw unavailable;
        }
        catch (RpcException e)
        {
            LogFailed(_logger, e, operation, CollectionName, e.StatusCode);
            throw;
        }
    }

    private string UnavailableMessage(string operation, RpcException e)
    {
        var what = e.StatusCode == StatusCode.DeadlineExceeded
            ? $"did not answer within {_options.RequestTimeout.TotalSeconds:0.#} s"
            : $"is not reachable ({e.Status.Detail})";
        return $"Qdrant at {_options.Url} {what} during {operation}. Start a server with " +
               "`docker run -p 6333:6333 -p 6334:6334 qdrant/qdrant` and point CodeIntel at its gRPC port " +
               "(http://localhost:6334), or use the embedded USearch index, which needs no server.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created Qdrant collection {Collection} ({Dimensions}-d, cosine)")]
    private static partial void LogCreatedCollection(ILogger logger, string collection, int dimensions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Qdrant at {Url} is unavailable during {Operation}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, Uri url, string operation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Qdrant {Operation} on collection {Collection} failed with {Status}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string collection, StatusCode status);
}
