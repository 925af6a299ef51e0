using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.CppCuda;

/// <summary>
/// What the body declares and derives: names computed from the index, the locals it declares, and the scalars each
/// iteration sets before it reads them (one private copy per thread).
/// </summary>
internal static partial class LoopAnalyzer
{
    /// <summary>The index and every name the body computes from it (<c>int idx = i * 3 + 1;</c>), transitively.</summary>
    private static HashSet<string> DerivedFromIndex(SyntaxNode body, string index)
    {
        var derived = new HashSet<string>(StringComparer.Ordinal) { index };
        var definitions = new List<(string Name, SyntaxNode Value)>();
        Definitions(body, definitions);
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (name, value) in definitions)
            {
                if (!derived.Contains(name) && Identifiers(value).Any(derived.Contains))
                {
                    grew = derived.Add(name);
                }
            }
        }
        return derived;
    }

    private static void Definitions(SyntaxNode node, List<(string, SyntaxNode)> definitions)
    {
        if (node.Type == "init_declarator" && node.ChildByField("declarator") is { Type: "identifier" } d && node.ChildByField("value") is { } v)
        {
            definitions.Add((d.Text, v));
        }
        else if (node.Type == "assignment_expression" && node.ChildByField("left") is { Type: "identifier" } l && node.ChildByField("right") is { } r)
        {
            definitions.Add((l.Text, r));
        }
        else if (node.Type == "for_statement" && node.ChildByField("initializer") is { } init)
        {
            // An inner loop's index ranges over the same values in every outer iteration: not derived from the outer index.
            foreach (var child in node.NamedChildren.Where(c => !c.Equals(init)))
            {
                Definitions(child, definitions);
            }
            return;
        }
        foreach (var child in node.NamedChildren)
        {
            Definitions(child, definitions);
        }
    }

    /// <summary>The identifier under a declarator (<c>*p</c>, <c>&amp;r</c>, <c>a[n]</c>), or the innermost node reached.</summary>
    private static SyntaxNode DeclaredIdentifier(SyntaxNode declarator)
    {
        while (declarator.Type != "identifier" && declarator.ChildByField("declarator") is { } inner)
        {
            declarator = inner;
        }
        return declarator;
    }

    private static void CollectDeclarations(SyntaxNode node, HashSet<string> locals)
    {
        if (node.Type is "declaration")
        {
            foreach (var d in node.NamedChildren.Where(x => x.Type is "init_declarator" or "identifier" or "pointer_declarator" or "array_declarator"))
            {
                locals.Add(DeclaredIdentifier(d.Type == "identifier" ? d : d.ChildByField("declarator") ?? d).Text);
            }
        }
        foreach (var child in node.NamedChildren)
        {
            CollectDeclarations(child, locals);
        }
    }

    /// <summary>
    /// Scalars whose first appearance in the body is a plain <c>x = ...</c> not under a condition (so every iteration
    /// sets them before reading them), including inner loop indices: one copy per thread.
    /// </summary>
    private static void CollectPrivates(SyntaxNode body, LoopAnalysis a, HashSet<string> locals)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Occurrences(body))
        {
            var name = id.Text;
            if (!seen.Add(name) || locals.Contains(name) || name == a.Index)
            {
                continue;
            }
            if (id.Parent is { Type: "assignment_expression" } asg && asg.ChildByField("left") is { } left && left.Equals(id)
                && asg.ChildByField("operator")?.Text == "=" && !Identifiers(asg.ChildByField("right")!.Value).Contains(name)
                && Unconditional(asg, body))
            {
                a.Privates.Add(name);
            }
        }
    }

    private static IEnumerable<SyntaxNode> Occurrences(SyntaxNode node)
    {
        if (node.Type == "identifier")
        {
            yield return node;
        }
        foreach (var child in node.NamedChildren)
        {
            foreach (var id in Occurrences(child))
            {
                yield return id;
            }
        }
    }

    private static bool Unconditional(SyntaxNode node, SyntaxNode body)
    {
        for (var p = node.Parent; p is { } parent && !parent.Equals(body); p = parent.Parent)
        {
            if (parent.Type is not ("compound_statement" or "expression_statement" or "for_statement" or "assignment_expression" or "comma_expression"))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Identifiers(SyntaxNode node) =>
        node.Type == "identifier" ? [node.Text] : node.NamedChildren.SelectMany(Identifiers);
}
