using System.Runtime.InteropServices;

namespace CodeIntel.Parsing.TreeSitter;

// Mirrors of tree-sitter's api.h structs (runtime 0.25). Layouts must match the C definitions exactly.

[StructLayout(LayoutKind.Sequential)]
internal struct TSNode
{
    public uint Context0;
    public uint Context1;
    public uint Context2;
    public uint Context3;
    public IntPtr Id;
    public IntPtr Tree;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TSPoint
{
    public uint Row;
    public uint Column;
}

[StructLayout(LayoutKind.Sequential)]
internal struct TSTreeCursor
{
    public IntPtr Tree;
    public IntPtr Id;
    public uint Context0;
    public uint Context1;
    public uint Context2;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSInput
{
    public void* Payload;
    public delegate* unmanaged[Cdecl]<void*, uint, TSPoint, uint*, byte*> Read;
    public int Encoding;
    public IntPtr Decode;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSParseState
{
    public void* Payload;
    public uint CurrentByteOffset;
    public byte HasError;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSParseOptions
{
    public void* Payload;
    public delegate* unmanaged[Cdecl]<TSParseState*, byte> ProgressCallback;
}
