using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>
/// Owns a native <c>TSTreeCursor</c>, kept in unmanaged memory so the native side can update it in place.
/// Holds a reference on the tree's handle so the tree cannot be freed while the cursor lives.
/// </summary>
internal sealed unsafe class CursorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly TreeHandle _tree;

    public CursorHandle(TreeHandle tree, TSNode start) : base(ownsHandle: true)
    {
        _tree = tree;
        var added = false;
        tree.DangerousAddRef(ref added);
        var cursor = (TSTreeCursor*)NativeMemory.Alloc((nuint)sizeof(TSTreeCursor));
        *cursor = NativeMethods.ts_tree_cursor_new(start);
        SetHandle((IntPtr)cursor);
    }

    internal TSTreeCursor* Cursor => (TSTreeCursor*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.ts_tree_cursor_delete((TSTreeCursor*)handle);
        NativeMemory.Free((void*)handle);
        _tree.DangerousRelease();
        return true;
    }
}
