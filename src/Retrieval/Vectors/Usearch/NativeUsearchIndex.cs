using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>
/// A typed view of one native index: cosine metric, float32 storage, one vector per key. It adds no locking;
/// <see cref="UsearchVectorIndex"/> decides who may call what at the same time.
/// </summary>
internal sealed class NativeUsearchIndex : IDisposable
{
    private readonly UsearchHandle _handle;

    private NativeUsearchIndex(UsearchHandle handle, int dimensions)
    {
        _handle = handle;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public static NativeUsearchIndex Create(int dimensions, int connectivity, int expansionAdd, int expansionSearch)
    {
        var options = new UsearchNative.InitOptions
        {
            MetricKind = MetricKind.Cos,
            Quantization = ScalarKind.Float32,
            Dimensions = (nuint)dimensions,
            Connectivity = (nuint)connectivity,
            ExpansionAdd = (nuint)expansionAdd,
            ExpansionSearch = (nuint)expansionSearch,
        };
        return new NativeUsearchIndex(UsearchHandle.Create(options), dimensions);
    }

    /// <summary>Loads a saved index after checking its header against what the owner expects and its size against the sidecar.</summary>
    public static NativeUsearchIndex LoadVerified(string path, int dimensions, UsearchSidecar saved)
    {
        NativeUsearchIndex? native = null;
        try
        {
            var header = ReadMetadata(path);
            if (header.Dimensions != dimensions || header.Metric != MetricKind.Cos || header.Scalar != ScalarKind.Float32)
            {
                throw new VectorIndexCorruptException(path, $"its header says {header.Dimensions} dimensions, metric {header.Metric}, " +
                    $"scalar {header.Scalar}; expected {dimensions}, Cos, Float32");
            }
            native = Create(dimensions, saved.Connectivity, expansionAdd: 0, expansionSearch: 0);
            native.Load(path);
            if (native.Size != saved.Count)
            {
                throw new VectorIndexCorruptException(path, $"it loaded {native.Size:N0} points where its sidecar recorded {saved.Count:N0}");
            }
            return native;
        }
        catch (UsearchNativeException e)
        {
            native?.Dispose();
            throw new VectorIndexCorruptException(path, e.Message, e);
        }
        catch
        {
            native?.Dispose();
            throw;
        }
    }

    /// <summary>Reads the header of a saved index without loading it: dimensions and metric.</summary>
    public static unsafe (int Dimensions, MetricKind Metric, ScalarKind Scalar) ReadMetadata(string path)
    {
        var options = default(UsearchNative.InitOptions);
        var error = IntPtr.Zero;
        UsearchNative.Metadata(path, &options, ref error);
        UsearchNative.ThrowIfError(error, "usearch_metadata");
        return ((int)options.Dimensions, options.MetricKind, options.Quantization);
    }

    public long Size
    {
        get
        {
            var error = IntPtr.Zero;
            var size = UsearchNative.Size(_handle, ref error);
            UsearchNative.ThrowIfError(error, "usearch_size");
            return (long)size;
        }
    }

    public long Capacity
    {
        get
        {
            var error = IntPtr.Zero;
            var capacity = UsearchNative.Capacity(_handle, ref error);
            UsearchNative.ThrowIfError(error, "usearch_capacity");
            return (long)capacity;
        }
    }

    /// <summary>Bytes the native index holds (vectors, graph, contexts).</summary>
    public long MemoryUsage
    {
        get
        {
            var error = IntPtr.Zero;
            var bytes = UsearchNative.MemoryUsage(_handle, ref error);
            UsearchNative.ThrowIfError(error, "usearch_memory_usage");
            return (long)bytes;
        }
    }

    /// <summary>The SIMD target the distance kernels use on this CPU, e.g. <c>skylake</c>.</summary>
    public string HardwareAcceleration
    {
        get
        {
            var error = IntPtr.Zero;
            var name = UsearchNative.HardwareAcceleration(_handle, ref error);
            UsearchNative.ThrowIfError(error, "usearch_hardware_acceleration");
            return Marshal.PtrToStringUTF8(name) ?? "unknown";
        }
    }

    /// <summary>Grows to <paramref name="capacity"/> slots and sizes the pool of search contexts.</summary>
    /// <remarks>
    /// <c>usearch_reserve</c> resets the thread limits to the hardware's, so they are set again after it. A search
    /// takes one context from that pool and fails (it does not wait) when none is free, hence the owner's gate.
    /// </remarks>
    public void Reserve(long capacity, int threads)
    {
        Set(UsearchNative.Reserve, (nuint)capacity, "usearch_reserve");
        Set(UsearchNative.ChangeThreadsAdd, (nuint)threads, "usearch_change_threads_add");
        Set(UsearchNative.ChangeThreadsSearch, (nuint)threads, "usearch_change_threads_search");
    }

    /// <summary>Sets efConstruction and ef; a loaded file does not carry them.</summary>
    public void SetExpansions(int expansionAdd, int expansionSearch)
    {
        Set(UsearchNative.ChangeExpansionAdd, (nuint)expansionAdd, "usearch_change_expansion_add");
        Set(UsearchNative.ChangeExpansionSearch, (nuint)expansionSearch, "usearch_change_expansion_search");
    }

    private delegate void NativeSetter(UsearchHandle index, nuint value, ref IntPtr error);

    /// <summary>Calls one of usearch's setters and turns its error string into an exception naming the function.</summary>
    private void Set(NativeSetter setter, nuint value, string function)
    {
        var error = IntPtr.Zero;
        setter(_handle, value, ref error);
        UsearchNative.ThrowIfError(error, function);
    }

    public bool Contains(long key)
    {
        var error = IntPtr.Zero;
        var found = UsearchNative.Contains(_handle, (ulong)key, ref error);
        UsearchNative.ThrowIfError(error, "usearch_contains");
        return found;
    }

    public unsafe void Add(long key, ReadOnlySpan<float> vector)
    {
        var error = IntPtr.Zero;
        fixed (float* pointer = vector)
        {
            UsearchNative.Add(_handle, (ulong)key, pointer, ScalarKind.Float32, ref error);
        }
        UsearchNative.ThrowIfError(error, "usearch_add");
    }

    /// <summary>Removes the key's vector; true when it was there. The slot becomes a tombstone until an add reuses it.</summary>
    public bool Remove(long key)
    {
        var error = IntPtr.Zero;
        var removed = UsearchNative.Remove(_handle, (ulong)key, ref error);
        UsearchNative.ThrowIfError(error, "usearch_remove");
        return removed > 0;
    }

    /// <summary>Approximate nearest neighbours; fills the spans best first and returns how many it found.</summary>
    public unsafe int Search(ReadOnlySpan<float> query, Span<ulong> keys, Span<float> distances)
    {
        var error = IntPtr.Zero;
        nuint found;
        fixed (float* queryPointer = query)
        fixed (ulong* keysPointer = keys)
        fixed (float* distancesPointer = distances)
        {
            found = UsearchNative.Search(_handle, queryPointer, ScalarKind.Float32, (nuint)keys.Length, keysPointer, distancesPointer, ref error);
        }
        UsearchNative.ThrowIfError(error, "usearch_search");
        return (int)found;
    }

    public void Save(string path)
    {
        var error = IntPtr.Zero;
        UsearchNative.Save(_handle, path, ref error);
        UsearchNative.ThrowIfError(error, "usearch_save");
    }

    public void Load(string path)
    {
        var error = IntPtr.Zero;
        UsearchNative.Load(_handle, path, ref error);
        UsearchNative.ThrowIfError(error, "usearch_load");
    }

    public void Dispose() => _handle.Dispose();
}
