using System.Runtime.InteropServices;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>
/// A stateful walker over a subtree: the fastest way to visit many nodes. Owns native memory through a
/// SafeHandle and keeps its tree alive until disposed.
/// </summary>
public sealed unsafe class TreeCursor : IDisposable
{
    private readonly CursorHandle _handle;
    private readonly SyntaxTree _tree;

    internal TreeCursor(CursorHandle handle, SyntaxTree tree)
    {
        _handle = handle;
        _tree = tree;
    }

    public SyntaxNode Current => new(NativeMethods.ts_tree_cursor_current_node(Cursor), _tree, FieldName);

    /// <summary>The field the current node fills in its parent, or null.</summary>
    public string? FieldName
    {
        get
        {
            var name = NativeMethods.ts_tree_cursor_current_field_name(Cursor);
            return name is null ? null : Marshal.PtrToStringUTF8((IntPtr)name);
        }
    }

    /// <summary>Depth of the current node below the node the cursor started on.</summary>
    public int Depth => (int)NativeMethods.ts_tree_cursor_current_depth(Cursor);

    public bool GotoFirstChild() => NativeMethods.ts_tree_cursor_goto_first_child(Cursor);

    public bool GotoNextSibling() => NativeMethods.ts_tree_cursor_goto_next_sibling(Cursor);

    public bool GotoParent() => NativeMethods.ts_tree_cursor_goto_parent(Cursor);

    public void Dispose() => _handle.Dispose();

    private TSTreeCursor* Cursor
    {
        get
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return _handle.Cursor;
        }
    }
}
