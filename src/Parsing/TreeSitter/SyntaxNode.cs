using System.Runtime.InteropServices;
using System.Text;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>
/// A node of a <see cref="SyntaxTree"/>. A cheap value: it stays valid while its tree is not disposed and
/// throws <see cref="ObjectDisposedException"/> afterwards instead of reading freed memory.
/// </summary>
public readonly unsafe struct SyntaxNode : IEquatable<SyntaxNode>
{
    private readonly TSNode _node;
    private readonly SyntaxTree _tree;

    internal SyntaxNode(TSNode node, SyntaxTree tree, string? fieldName = null)
    {
        _node = node;
        _tree = tree;
        FieldName = fieldName;
    }

    public SyntaxTree Tree => _tree;

    /// <summary>The field this node fills in its parent (<c>name</c>, <c>body</c>), when it was reached through its parent.</summary>
    public string? FieldName { get; }

    /// <summary>The grammar's node type (<c>function_definition</c>, <c>identifier</c>, <c>ERROR</c>).</summary>
    public string Type => _tree.TypeName(NativeMethods.ts_node_symbol(N), _node);

    public bool IsNull => _tree is null || NativeMethods.ts_node_is_null(N);

    public bool IsNamed => NativeMethods.ts_node_is_named(N);

    public bool IsError => NativeMethods.ts_node_is_error(N);

    public bool IsMissing => NativeMethods.ts_node_is_missing(N);

    /// <summary>True when this node or a descendant is an ERROR or MISSING node.</summary>
    public bool HasError => NativeMethods.ts_node_has_error(N);

    public int StartByte => (int)NativeMethods.ts_node_start_byte(N);

    public int EndByte => (int)NativeMethods.ts_node_end_byte(N);

    public SourcePosition Start => ToPosition(NativeMethods.ts_node_start_point(N));

    public SourcePosition End => ToPosition(NativeMethods.ts_node_end_point(N));

    public int ChildCount => (int)NativeMethods.ts_node_child_count(N);

    public int NamedChildCount => (int)NativeMethods.ts_node_named_child_count(N);

    /// <summary>The source text this node spans.</summary>
    public string Text => _tree.Source.Decode(StartByte, EndByte);

    public SyntaxNode? Parent => Wrap(NativeMethods.ts_node_parent(N));

    /// <summary>All children (named and anonymous) with their field names, read in one pass of a cursor.</summary>
    public IReadOnlyList<SyntaxNode> Children => ReadChildren(namedOnly: false);

    /// <summary>Named children with their field names.</summary>
    public IReadOnlyList<SyntaxNode> NamedChildren => ReadChildren(namedOnly: true);

    public SyntaxNode? Child(int index) => Wrap(NativeMethods.ts_node_child(N, (uint)index));

    public SyntaxNode? NamedChild(int index) => Wrap(NativeMethods.ts_node_named_child(N, (uint)index));

    /// <summary>The child filling <paramref name="field"/>, or null.</summary>
    public SyntaxNode? ChildByField(string field)
    {
        Span<byte> name = stackalloc byte[Encoding.UTF8.GetMaxByteCount(field.Length)];
        var length = Encoding.UTF8.GetBytes(field, name);
        fixed (byte* p = name)
        {
            var child = Wrap(NativeMethods.ts_node_child_by_field_name(N, p, (uint)length));
            return child is { } c ? new SyntaxNode(c._node, _tree, field) : null;
        }
    }

    /// <summary>A cursor over this node's subtree; dispose it.</summary>
    public TreeCursor Walk()
    {
        _tree.ThrowIfDisposed();
        return new TreeCursor(new CursorHandle(_tree.Handle, _node), _tree);
    }

    public bool Equals(SyntaxNode other) => _node.Id == other._node.Id && ReferenceEquals(_tree, other._tree);

    public override bool Equals(object? obj) => obj is SyntaxNode other && Equals(other);

    public override int GetHashCode() => _node.Id.GetHashCode();

    public static bool operator ==(SyntaxNode left, SyntaxNode right) => left.Equals(right);

    public static bool operator !=(SyntaxNode left, SyntaxNode right) => !left.Equals(right);

    public override string ToString() => _tree is null ? "(null)" : $"{Type} [{Start}-{End}]";

    private TSNode N
    {
        get
        {
            if (_tree is null)
            {
                throw new InvalidOperationException("This SyntaxNode is default: it belongs to no tree.");
            }
            _tree.ThrowIfDisposed();
            return _node;
        }
    }

    private SyntaxNode? Wrap(TSNode node) => NativeMethods.ts_node_is_null(node) ? null : new SyntaxNode(node, _tree);

    private static SourcePosition ToPosition(TSPoint point) => new((int)point.Row, (int)point.Column);

    private List<SyntaxNode> ReadChildren(bool namedOnly)
    {
        var node = N;
        var children = new List<SyntaxNode>((int)NativeMethods.ts_node_child_count(node));
        var cursor = NativeMethods.ts_tree_cursor_new(node);
        try
        {
            if (!NativeMethods.ts_tree_cursor_goto_first_child(&cursor))
            {
                return children;
            }
            do
            {
                var child = NativeMethods.ts_tree_cursor_current_node(&cursor);
                if (namedOnly && !NativeMethods.ts_node_is_named(child))
                {
                    continue;
                }
                var field = NativeMethods.ts_tree_cursor_current_field_name(&cursor);
                children.Add(new SyntaxNode(child, _tree, field is null ? null : Marshal.PtrToStringUTF8((IntPtr)field)));
            }
            while (NativeMethods.ts_tree_cursor_goto_next_sibling(&cursor));
            return children;
        }
        finally
        {
            NativeMethods.ts_tree_cursor_delete(&cursor);
        }
    }
}
