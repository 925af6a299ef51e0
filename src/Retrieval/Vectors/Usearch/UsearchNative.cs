using System.Runtime.InteropServices;
using Cloud.Unum.USearch;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>
/// P/Invoke declarations for the C API of <c>libusearch_c</c>, the native library the Cloud.Unum.USearch package
/// ships. The package's managed wrapper is not used: it grows capacity by one slot per add, exposes neither
/// <c>usearch_reserve</c> nor the search-thread and expansion settings, and owns its pointer without a SafeHandle.
/// The enums are the package's own, so their values always match the native library it ships.
/// </summary>
internal static partial class UsearchNative
{
    private const string Library = "libusearch_c";

    /// <summary>Mirrors <c>usearch_init_options_t</c> (blittable: <c>bool multi</c> is one byte).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct InitOptions
    {
        public MetricKind MetricKind;
        public IntPtr Metric;
        public ScalarKind Quantization;
        public nuint Dimensions;
        public nuint Connectivity;
        public nuint ExpansionAdd;
        public nuint ExpansionSearch;
        public byte Multi;
    }

    [LibraryImport(Library, EntryPoint = "usearch_init")]
    internal static unsafe partial IntPtr Init(InitOptions* options, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_free")]
    internal static partial void Free(IntPtr index, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_save", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Save(UsearchHandle index, string path, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_load", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Load(UsearchHandle index, string path, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_metadata", StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial void Metadata(string path, InitOptions* options, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_size")]
    internal static partial nuint Size(UsearchHandle index, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_capacity")]
    internal static partial nuint Capacity(UsearchHandle index, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_memory_usage")]
    internal static partial nuint MemoryUsage(UsearchHandle index, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_hardware_acceleration")]
    internal static partial IntPtr HardwareAcceleration(UsearchHandle index, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_reserve")]
    internal static partial void Reserve(UsearchHandle index, nuint capacity, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_change_expansion_add")]
    internal static partial void ChangeExpansionAdd(UsearchHandle index, nuint expansion, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_change_expansion_search")]
    internal static partial void ChangeExpansionSearch(UsearchHandle index, nuint expansion, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_change_threads_add")]
    internal static partial void ChangeThreadsAdd(UsearchHandle index, nuint threads, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_change_threads_search")]
    internal static partial void ChangeThreadsSearch(UsearchHandle index, nuint threads, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_add")]
    internal static unsafe partial void Add(UsearchHandle index, ulong key, float* vector, ScalarKind kind, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_contains")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Contains(UsearchHandle index, ulong key, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_remove")]
    internal static partial nuint Remove(UsearchHandle index, ulong key, ref IntPtr error);

    [LibraryImport(Library, EntryPoint = "usearch_search")]
    internal static unsafe partial nuint Search(
        UsearchHandle index, float* query, ScalarKind kind, nuint count, ulong* keys, float* distances, ref IntPtr error);

    /// <summary>
    /// Throws when the native call reported an error (a static, never-freed C string). The library writes the
    /// error slot only on failure, so every call must start with a zeroed slot: that is why the declarations take
    /// <c>ref</c>, not <c>out</c>.
    /// </summary>
    internal static void ThrowIfError(IntPtr error, string operation)
    {
        if (error != IntPtr.Zero)
        {
            throw new UsearchNativeException(operation, Marshal.PtrToStringUTF8(error) ?? "unknown error");
        }
    }
}
