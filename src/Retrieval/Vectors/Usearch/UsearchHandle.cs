using Microsoft.Win32.SafeHandles;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>Owns one native USearch index; <see cref="ReleaseHandle"/> frees its memory exactly once.</summary>
internal sealed class UsearchHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public UsearchHandle()
        : base(ownsHandle: true)
    {
    }

    internal static unsafe UsearchHandle Create(UsearchNative.InitOptions options)
    {
        var error = IntPtr.Zero;
        var pointer = UsearchNative.Init(&options, ref error);
        if (error != IntPtr.Zero && pointer != IntPtr.Zero)
        {
            var ignored = IntPtr.Zero;
            UsearchNative.Free(pointer, ref ignored);
        }
        UsearchNative.ThrowIfError(error, "usearch_init");
        if (pointer == IntPtr.Zero)
        {
            throw new UsearchNativeException("usearch_init", "returned no index");
        }
        var handle = new UsearchHandle();
        handle.SetHandle(pointer);
        return handle;
    }

    protected override bool ReleaseHandle()
    {
        var error = IntPtr.Zero;
        UsearchNative.Free(handle, ref error);
        return error == IntPtr.Zero;
    }
}
