using Microsoft.Win32.SafeHandles;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>Owns a native <c>TSTree</c>. Cursors add a reference so the tree outlives them.</summary>
internal sealed class TreeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TreeHandle(IntPtr tree) : base(ownsHandle: true) => SetHandle(tree);

    protected override bool ReleaseHandle()
    {
        NativeMethods.ts_tree_delete(handle);
        return true;
    }
}
