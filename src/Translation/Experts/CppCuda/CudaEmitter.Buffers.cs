using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Heap blocks the host function allocates itself: <c>T* b = (T*) calloc(n, sizeof(T));</c>, <c>malloc(n * sizeof(T))</c>
/// or <c>new T[n]</c>, declared at the top level of the body and never pointed elsewhere, with a count whose names the
/// function never writes (so <c>n</c> at a launch is the <c>n</c> it allocated). A loop uses such a block as it uses a
/// pointer parameter: it is copied to the device with its <c>n</c> elements (calloc's zeros included) and back when
/// the loop writes it, and the host code after the loop (a <c>memcpy</c>, a <c>free</c>) sees what the loop left.
/// C's implicit conversion from <c>void*</c> is not C++ (nor CUDA): an allocation without a cast gets one.
/// </summary>
internal sealed partial class CudaEmitter
{
    private static List<(CudaParameter Buffer, int DeclaredBefore, int? CastAt)> HeapBuffers(SyntaxNode body)
    {
        var buffers = new List<(CudaParameter, int, int?)>();
        foreach (var declaration in body.NamedChildren.Where(n => n.Type == "declaration"))
        {
            var element = declaration.ChildByField("type")?.Text;
            foreach (var d in declaration.NamedChildren.Where(n => n.Type == "init_declarator"))
            {
                if (element is null || d.ChildByField("declarator") is not { Type: "pointer_declarator" } pointer
                    || pointer.ChildByField("declarator") is not { Type: "identifier" } name || d.ChildByField("value") is not { } value
                    || AllocatedCount(value, element) is not { } count
                    || LoopAnalyzer.Assigned(body, name.Text) || Names(count).Any(n => LoopAnalyzer.Assigned(body, n.Text)))
                {
                    continue;
                }
                var type = element + "*";
                var call = DivMod.Unwrap(value);
                buffers.Add((new CudaParameter($"{type} {name.Text}", name.Text, type, element, false) { Count = $"({count.Text})" }, declaration.EndByte,
                    call.Type == "call_expression" ? call.StartByte : null));
            }
        }
        return buffers;
    }

    /// <summary>The element count of <c>calloc(n, sizeof(T))</c>, <c>malloc(n * sizeof(T))</c> or <c>new T[n]</c> (cast or not), or null.</summary>
    private static SyntaxNode? AllocatedCount(SyntaxNode value, string element)
    {
        value = DivMod.Unwrap(value);
        if (value.Type == "cast_expression" && value.ChildByField("value") is { } cast)
        {
            value = DivMod.Unwrap(cast);
        }
        if (value.Type == "new_expression" && value.ChildByField("type")?.Text == element && value.ChildByField("declarator") is { Type: "new_declarator" } size
            && size.NamedChildCount == 1)
        {
            return size.NamedChild(0);
        }
        if (value.Type != "call_expression" || value.ChildByField("arguments") is not { } args)
        {
            return null;
        }
        var list = args.NamedChildren.ToList();
        return value.ChildByField("function")?.Text switch
        {
            "calloc" when list is [var n, var unit] && IsSizeOf(unit, element) => n,
            "malloc" when list is [{ Type: "binary_expression" } product] && product.ChildByField("operator")?.Text == "*"
                && product.ChildByField("left") is { } l && product.ChildByField("right") is { } r =>
                IsSizeOf(r, element) ? l : IsSizeOf(l, element) ? r : null,
            _ => null,
        };
    }

    private static bool IsSizeOf(SyntaxNode node, string element) =>
        node.Type == "sizeof_expression" && string.Concat(node.Text.Where(c => !char.IsWhiteSpace(c))) == $"sizeof({string.Concat(element.Where(c => !char.IsWhiteSpace(c)))})";

    private static IEnumerable<SyntaxNode> Names(SyntaxNode node) =>
        node.Type == "identifier" ? [node] : node.NamedChildren.SelectMany(Names);
}
