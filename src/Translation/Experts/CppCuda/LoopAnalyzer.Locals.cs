using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// Body locals that name an affine subscript: <c>int k = 2 * i + 2;</c> declared once at the top of the body with an
/// initialiser affine in the index and never assigned again. A subscript <c>a[k + 1]</c> is then read as
/// <c>a[2 * i + 3]</c>, so the GCD test can decide it.
/// </summary>
internal static partial class LoopAnalyzer
{
    private static Dictionary<string, AffineIndex> AffineLocals(SyntaxNode body, string index, IReadOnlySet<string> variant)
    {
        var known = new Dictionary<string, AffineIndex>(StringComparer.Ordinal);
        var declaredCount = new Dictionary<string, int>(StringComparer.Ordinal);
        CountDeclarations(body, declaredCount);
        var written = new HashSet<string>(StringComparer.Ordinal);
        CollectWrittenNames(body, written);
        if (body.Type != "compound_statement")
        {
            return known;
        }
        foreach (var declaration in body.NamedChildren.Where(n => n.Type == "declaration"))
        {
            foreach (var d in declaration.NamedChildren.Where(x => x.Type == "init_declarator"))
            {
                if (d.ChildByField("declarator") is not { Type: "identifier" } name || d.ChildByField("value") is not { } value
                    || declaredCount.GetValueOrDefault(name.Text) != 1 || written.Contains(name.Text))
                {
                    continue;
                }
                if (AffineIndex.Parse(value, index, variant, known) is { } affine)
                {
                    known[name.Text] = affine;
                }
            }
        }
        return known;
    }

    private static void CountDeclarations(SyntaxNode node, Dictionary<string, int> counts)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (node.Type == "declaration")
        {
            CollectDeclarations(node, names);
            foreach (var n in names)
            {
                counts[n] = counts.GetValueOrDefault(n) + 1;
            }
            return;
        }
        foreach (var child in node.NamedChildren)
        {
            CountDeclarations(child, counts);
        }
    }

    private static void CollectWrittenNames(SyntaxNode node, HashSet<string> written)
    {
        switch (node.Type)
        {
            case "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } left:
                written.Add(left.Text);
                break;
            case "update_expression" when node.ChildByField("argument") is { Type: "identifier" } arg:
                written.Add(arg.Text);
                break;
            case "pointer_expression" when node.Text.TrimStart().StartsWith('&') && node.ChildByField("argument") is { Type: "identifier" } taken:
                written.Add(taken.Text);  // its address escapes: it may be written through it
                break;
        }
        foreach (var child in node.NamedChildren)
        {
            CollectWrittenNames(child, written);
        }
    }

    /// <summary>
    /// Names given a value more than once in one iteration (declared with a value and assigned, assigned twice, or
    /// stepped): the same subscript text then names different elements. Inner loop headers do not count, as an inner
    /// index is meant to range.
    /// </summary>
    private static HashSet<string> Reassigned(SyntaxNode body)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        CountAssignments(body, counts);
        return counts.Where(kv => kv.Value > 1).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static void CountAssignments(SyntaxNode node, Dictionary<string, int> counts)
    {
        string? name = node.Type switch
        {
            "init_declarator" when node.ChildByField("declarator") is { Type: "identifier" } d && node.ChildByField("value") is not null => d.Text,
            "assignment_expression" when node.ChildByField("left") is { Type: "identifier" } l => l.Text,
            "update_expression" when node.ChildByField("argument") is { Type: "identifier" } u => u.Text,
            _ => null,
        };
        if (name is not null)
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        var header = node.Type == "for_statement"
            ? new[] { node.ChildByField("initializer"), node.ChildByField("update") }.Where(n => n is not null).Select(n => n!.Value).ToList()
            : [];
        foreach (var child in node.NamedChildren.Where(c => !header.Contains(c)))
        {
            CountAssignments(child, counts);
        }
    }
}
