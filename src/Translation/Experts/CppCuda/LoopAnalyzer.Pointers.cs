using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Accesses through pointers (see README.md): dereferences read as subscripts or placed by rule 9, and pointers the
/// body sets, followed into the array they point into.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static bool IsDereference(SyntaxNode node) => node.Type == "pointer_expression" && node.Text.TrimStart().StartsWith('*');

    /// <summary>
    /// <c>*p</c> and <c>*(p + e)</c> are read as <c>p[0]</c> and <c>p[e]</c>; a dereference through casts and byte
    /// arithmetic (<c>*((float*)((char*)p + y * pitch) + x)</c>) is an access to <c>p</c> that only rule 9 can place.
    /// Null when no pointer of the function is found under the <c>*</c>.
    /// </summary>
    private static ArrayAccess? PointerAccess(SyntaxNode deref, bool isWrite, LoopAnalysis a, HashSet<string> variant)
    {
        var target = DivMod.Unwrap(deref.ChildByField("argument")!.Value);
        var (name, offset) = target switch
        {
            { Type: "identifier" } => (target.Text, (SyntaxNode?)null),
            { Type: "binary_expression" } when target.ChildByField("operator")?.Text == "+" && target.ChildByField("left") is { Type: "identifier" } l
                && IsPointer(a, l.Text) => (l.Text, target.ChildByField("right")),
            { Type: "binary_expression" } when target.ChildByField("operator")?.Text == "+" && target.ChildByField("right") is { Type: "identifier" } r
                && IsPointer(a, r.Text) => (r.Text, target.ChildByField("left")),
            _ => (BytePointer(target, a) ?? "", null),
        };
        if (!IsPointer(a, name))
        {
            return null;
        }
        var plain = offset is not null || target.Type == "identifier";
        var acc = new ArrayAccess(name, offset is { } e ? AffineIndex.Parse(e, a.Index, variant, a.AffineLocals, a.DivMods) : plain ? new AffineIndex(0, 0, "") : null, isWrite, deref)
        {
            Subscript = offset is { } o ? Compact(o.Text) : plain ? "0" : Compact(target.Text),
            Pointer = true,
        };
        a.Accesses.Add(acc);
        return acc;
    }

    private static bool IsPointer(LoopAnalysis a, string name) =>
        a.Types.TryGetValue(name, out var type) && (type.EndsWith('*') || type.EndsWith("[]", StringComparison.Ordinal));

    /// <summary>The pointer under casts and additions (<c>(float*)((char*)p + k) + x</c>: <c>p</c>), or null.</summary>
    private static string? BytePointer(SyntaxNode node, LoopAnalysis a)
    {
        node = DivMod.Unwrap(node);
        return node.Type switch
        {
            "identifier" => IsPointer(a, node.Text) ? node.Text : null,
            "cast_expression" => node.ChildByField("value") is { } v ? BytePointer(v, a) : null,
            "binary_expression" when node.ChildByField("operator")?.Text is "+" or "-" => BytePointer(node.ChildByField("left")!.Value, a),
            _ => null,
        };
    }

    /// <summary>Each pointer the body sets, with the array all its definitions point into (null when not one array of the
    /// function), and its definitions.</summary>
    private static Dictionary<string, (string? Root, List<SyntaxNode> Values)> PointerRoots(SyntaxNode body, LoopAnalysis a)
    {
        var definitions = PointerDefinitions(body, a).GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Value).ToList(), StringComparer.Ordinal);
        return definitions.ToDictionary(d => d.Key,
            d => (d.Value.Select(v => BytePointer(v, a)).Distinct().ToList() is [{ } root] && !definitions.ContainsKey(root) ? root : null, d.Value),
            StringComparer.Ordinal);
    }

    /// <summary>Pointer locals given a value in the body (<c>float* row = m + k;</c>, <c>row = m;</c>).</summary>
    private static IEnumerable<(string Name, SyntaxNode Value)> PointerDefinitions(SyntaxNode node, LoopAnalysis a)
    {
        if (node.Type == "init_declarator" && node.ChildByField("value") is { } value && node.ChildByField("declarator") is { } declarator)
        {
            var name = DeclaredIdentifier(declarator);
            if (IsPointer(a, name.Text))
            {
                yield return (name.Text, value);
            }
        }
        else if (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "identifier" } left && IsPointer(a, left.Text)
            && node.ChildByField("right") is { } right)
        {
            yield return (left.Text, right);
        }
        foreach (var definition in node.NamedChildren.SelectMany(c => PointerDefinitions(c, a)))
        {
            yield return definition;
        }
    }
}
