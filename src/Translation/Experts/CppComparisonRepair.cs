using System.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// C++'s grammar is ambiguous where a comparison looks like a template: tree-sitter reads
/// <c>r &lt; rows &amp;&amp; c &gt;= 0</c> as <c>r&lt;rows &amp;&amp; c&gt; = 0</c>, a template <c>r</c> assigned 0, because it
/// cannot know that <c>r</c> is a variable. Here the function's parameters and locals are known: every "template"
/// named after one of them is a comparison, and its name is parenthesised (<c>(r) &lt; rows</c>), which no template
/// can be, before parsing again.
/// </summary>
internal static class CppComparisonRepair
{
    /// <summary>Parses C++ with <paramref name="parse"/>, again after each repair (three at most, for comparisons
    /// nested in misread ones). Returns the tree and the source text it was parsed from.</summary>
    public static (SyntaxTree Tree, string Source) Parse(string source, Func<string, SyntaxTree> parse)
    {
        var tree = parse(source);
        for (var round = 0; round < 3 && Repair(tree.Root) is { } repaired; round++)
        {
            tree.Dispose();
            (source, tree) = (repaired, parse(repaired));
        }
        return (tree, source);
    }

    /// <summary>The source with each misread comparison's left operand parenthesised, or null when there is none.</summary>
    private static string? Repair(SyntaxNode root)
    {
        var variables = new HashSet<string>(StringComparer.Ordinal);
        var templates = new List<SyntaxNode>();
        Collect(root, variables, templates);
        var names = templates
            .Select(t => t.ChildByField("name"))
            .OfType<SyntaxNode>()
            .Where(n => n.Type == "identifier" && variables.Contains(n.Text))
            .OrderByDescending(n => n.StartByte)
            .ToList();
        if (names.Count == 0)
        {
            return null;
        }
        var bytes = new List<byte>(root.Tree.Source.Utf8.ToArray());
        foreach (var name in names)
        {
            bytes.Insert(name.EndByte, (byte)')');
            bytes.Insert(name.StartByte, (byte)'(');
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static void Collect(SyntaxNode node, HashSet<string> variables, List<SyntaxNode> templates)
    {
        switch (node.Type)
        {
            case "template_function" when node.Parent is { Type: not ("qualified_identifier" or "call_expression") }:
                templates.Add(node);
                break;
            case "parameter_declaration" or "declaration" or "init_declarator" or "pointer_declarator" or "array_declarator" or "reference_declarator":
                if (node.ChildByField("declarator") is { Type: "identifier" } declared)
                {
                    variables.Add(declared.Text);
                }
                break;
        }
        foreach (var child in node.NamedChildren)
        {
            Collect(child, variables, templates);
        }
    }
}
