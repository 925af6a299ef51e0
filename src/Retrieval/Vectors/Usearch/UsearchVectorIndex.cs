using System.Buffers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>
/// The embedded vector index: an HNSW graph in USearch (cosine, float32), saved to one file plus a JSON sidecar.
/// </summary>
/// <remarks>
/// Threads: any number of concurrent searches and counts with one writer. Upserts, deletes and disposal take a
/// write lock; searches, counts and saves a read lock, so a save blocks writers but not searches. At most
/// <see cref="UsearchIndexOptions.MaxConcurrentSearches"/> searches run in native code at once (one USearch search
/// context each); the rest wait. The work is CPU-bound native code and runs on the caller's thread; the returned
/// tasks are complete. A cancelled upsert may have applied a prefix of its points, which is safe because upserts
/// are idempotent.
/// </remarks>
public sealed class UsearchVectorIndex : IVectorIndex
{
    private const int CancellationCheckInterval = 64;

    private readonly NativeUsearchIndex _native;
    private readonly UsearchIndexOptions _options;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _searchGate;
    private long _tombstones;
    private bool _disposed;

    private UsearchVectorIndex(NativeUsearchIndex native, string? filePath, UsearchIndexOptions options, UsearchSidecar? saved)
    {
        _native = native;
        _options = options;
        _searchGate = new SemaphoreSlim(options.MaxConcurrentSearches, options.MaxConcurrentSearches);
        FilePath = filePath;
        Checkpoint = saved?.Checkpoint;
        _tombstones = saved?.Tombstones ?? 0;
        _native.Reserve(Math.Max(_native.Capacity, options.InitialCapacity), options.MaxConcurrentSearches);
        _native.SetExpansions(options.ExpansionAdd, options.ExpansionSearch);
    }

    /// <summary>The index file, or null for an index that lives only in memory.</summary>
    public string? FilePath { get; }

    public int Dimensions => _native.Dimensions;

    /// <summary>The owner's checkpoint recorded by the save this index was loaded from or last saved with; null for a new index.</summary>
    public long? Checkpoint { get; private set; }

    /// <summary>Slots reserved in native memory (points, tombstones and free room).</summary>
    public long Capacity => Read(() => _native.Capacity);

    /// <summary>Bytes held by the native index.</summary>
    public long MemoryBytes => Read(() => _native.MemoryUsage);

    /// <summary>The SIMD target of USearch's distance kernels on this CPU.</summary>
    public string HardwareAcceleration => Read(() => _native.HardwareAcceleration);

    /// <summary>
    /// Loads the index saved at <paramref name="path"/> (finishing or discarding an interrupted save first), or
    /// starts an empty one that <see cref="SaveAsync"/> will write there.
    /// </summary>
    /// <exception cref="VectorIndexCorruptException">The file is damaged, truncated, out of step with its sidecar, or built for other dimensions.</exception>
    public static UsearchVectorIndex Open(string path, int dimensions, UsearchIndexOptions? options = null, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        options ??= new UsearchIndexOptions();
        options.Validate();
        var saved = UsearchIndexFiles.Recover(path, logger ?? NullLogger.Instance);
        if (saved is null)
        {
            return new UsearchVectorIndex(CreateNative(dimensions, options), path, options, saved: null);
        }
        if (saved.Dimensions != dimensions)
        {
            throw new VectorIndexCorruptException(path, $"it holds {saved.Dimensions}-dimensional vectors and the embedder makes {dimensions}");
        }
        var native = NativeUsearchIndex.LoadVerified(path, dimensions, saved);
        try
        {
            return new UsearchVectorIndex(native, path, options, saved);
        }
        catch
        {
            native.Dispose();
            throw;
        }
    }

    /// <summary>An index that is never saved (tests, benchmarks, throw-away searches).</summary>
    public static UsearchVectorIndex CreateInMemory(int dimensions, UsearchIndexOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        options ??= new UsearchIndexOptions();
        options.Validate();
        return new UsearchVectorIndex(CreateNative(dimensions, options), filePath: null, options, saved: null);
    }

    public Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        VectorPointValidator.ValidatePoints(points, Dimensions);
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            EnsureCapacity(points.Count);
            for (var i = 0; i < points.Count; i++)
            {
                if (i % CancellationCheckInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                var point = points[i];
                if (_native.Contains(point.Key))
                {
                    RemoveLocked(point.Key);
                }
                _native.Add(point.Key, point.Vector);
                if (_tombstones > 0)
                {
                    _tombstones--; // USearch puts a new vector into a freed slot when there is one
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<long> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterWriteLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var key in keys)
            {
                if (key >= 0)
                {
                    RemoveLocked(key);
                }
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<VectorHit>> SearchAsync(ReadOnlyMemory<float> query, int limit, CancellationToken cancellationToken = default)
    {
        VectorPointValidator.ValidateQuery(query, limit, Dimensions);
        await _searchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _lock.EnterReadLock();
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return SearchLocked(query.Span, limit);
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
        finally
        {
            _searchGate.Release();
        }
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(() => _native.Size));
    }

    /// <summary>
    /// Writes the index and its sidecar atomically (see <see cref="UsearchIndexFiles"/>), recording
    /// <paramref name="checkpoint"/> so a later <see cref="Open"/> can tell how far the saved index reaches.
    /// </summary>
    public Task SaveAsync(long checkpoint, CancellationToken cancellationToken = default)
    {
        var path = FilePath ?? throw new InvalidOperationException("This index lives only in memory; open it with a file path to save it.");
        cancellationToken.ThrowIfCancellationRequested();
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var count = _native.Size;
            var tombstones = _tombstones;
            UsearchIndexFiles.Save(
                path,
                _native.Save,
                (bytes, sha256) => new UsearchSidecar(
                    UsearchSidecar.CurrentFormatVersion, Dimensions, count, tombstones, checkpoint, bytes, sha256,
                    _options.Connectivity, "cos", "f32"),
                cancellationToken);
            Checkpoint = checkpoint;
        }
        finally
        {
            _lock.ExitReadLock();
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _lock.EnterWriteLock();
        try
        {
            _disposed = true;
            _native.Dispose();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
        _lock.Dispose();
        _searchGate.Dispose();
    }

    private List<VectorHit> SearchLocked(ReadOnlySpan<float> query, int limit)
    {
        var size = _native.Size;
        var hits = new List<VectorHit>(Math.Min(limit, (int)Math.Min(size, int.MaxValue)));
        if (size == 0)
        {
            return hits;
        }
        // Deleted slots stay in the graph as tombstones; asking for a few more keeps `limit` live results coming back.
        var slots = size + _tombstones;
        var wanted = (int)Math.Min(limit + Math.Min(_tombstones, limit), slots);
        while (true)
        {
            hits.Clear();
            var keys = ArrayPool<ulong>.Shared.Rent(wanted);
            var distances = ArrayPool<float>.Shared.Rent(wanted);
            try
            {
                var found = _native.Search(query, keys.AsSpan(0, wanted), distances.AsSpan(0, wanted));
                for (var i = 0; i < found && hits.Count < limit; i++)
                {
                    if (keys[i] <= long.MaxValue)
                    {
                        hits.Add(new VectorHit((long)keys[i], 1f - distances[i]));
                    }
                }
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(keys);
                ArrayPool<float>.Shared.Return(distances);
            }
            if (hits.Count >= Math.Min(limit, size) || wanted >= slots)
            {
                return hits;
            }
            wanted = (int)Math.Min((long)wanted * 2, slots);
        }
    }

    private void RemoveLocked(long key)
    {
        if (_native.Remove(key))
        {
            _tombstones++;
        }
    }

    private void EnsureCapacity(int incoming)
    {
        var needed = _native.Size + _tombstones + incoming;
        var capacity = _native.Capacity;
        if (needed <= capacity)
        {
            return;
        }
        // Grow in steps (half again, at least the initial capacity) so a stream of small batches does not reallocate each time.
        var grown = Math.Max(needed, capacity + Math.Max(capacity / 2, _options.InitialCapacity));
        _native.Reserve(grown, _options.MaxConcurrentSearches);
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static NativeUsearchIndex CreateNative(int dimensions, UsearchIndexOptions options) =>
        NativeUsearchIndex.Create(dimensions, options.Connectivity, options.ExpansionAdd, options.ExpansionSearch);
}
