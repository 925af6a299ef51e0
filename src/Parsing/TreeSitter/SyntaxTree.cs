using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.TreeSitter;

/// <summary>A parsed tree. Owns native memory: dispose it (a finalizer frees it otherwise).</summary>
public sealed unsafe class SyntaxTree : IDisposable
{
    private readonly Dictionary<ushort, string> _typeNames = [];

    internal SyntaxTree(TreeHandle handle, SourceText source, Grammar grammar)
    {
        Handle = handle;
        Source = source;
        Grammar = grammar;
    }

    internal TreeHandle Handle { get; }

    public SourceText Source { get; }

    public Grammar Grammar { get; }

    public SyntaxNode Root
    {
        get
        {
            ThrowIfDisposed();
            return new SyntaxNode(NativeMethods.ts_tree_root_node(Handle.DangerousGetHandle()), this);
        }
    }

    /// <summary>A cursor positioned on the root; dispose it.</summary>
    public TreeCursor Walk() => Root.Walk();

    /// <summary>
    /// ERROR and MISSING nodes, outermost first, visiting only subtrees that contain errors.
    /// Iterative, so a tree nested ten thousand levels deep cannot overflow the stack.
    /// </summary>
    public IReadOnlyList<SyntaxNode> FindErrors(int limit = int.MaxValue)
    {
        var errors = new List<SyntaxNode>();
        var stack = new Stack<SyntaxNode>();
        stack.Push(Root);
        while (stack.Count > 0 && errors.Count < limit)
        {
            var node = stack.Pop();
            if (node.IsError || node.IsMissing)
            {
                errors.Add(node);
                continue;
            }
            if (!node.HasError)
            {
                continue;
            }
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
        return errors;
    }

    public void Dispose() => Handle.Dispose();

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Handle.IsClosed, this);

    internal string TypeName(ushort symbol, TSNode node)
    {
        if (!_typeNames.TryGetValue(symbol, out var name))
        {
            name = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((IntPtr)NativeMethods.ts_node_type(node))!;
            _typeNames[symbol] = name;
        }
        return name;
    }
}
