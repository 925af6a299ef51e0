using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>Finds the <c>f_gold</c> function of a TransCoder script with the language's grammar (not by text search).</summary>
public static class GoldFunction
{
    public const string Name = "f_gold";

    /// <summary>The source text of <c>f_gold</c>, or null when the script has none.</summary>
    public static string? Extract(string script, Language language, ParserPool parsers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parsers);
        using var tree = parsers.Parse(language.Grammar, SourceText.FromString(script), cancellationToken);
        return Find(tree.Root)?.Text;
    }

    /// <summary>The Java method or C++ function definition named <c>f_gold</c> under <paramref name="root"/>.</summary>
    public static SyntaxNode? Find(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type is "method_declaration" && node.ChildByField("name")?.Text == Name || node.Type is "function_definition" && Declares(node))
            {
                return node;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return null;
    }

    private static bool Declares(SyntaxNode function)
    {
        for (var declarator = function.ChildByField("declarator"); declarator is { } d; declarator = d.ChildByField("declarator"))
        {
            if (d.Type == "identifier")
            {
                return d.Text == Name;
            }
            if (d.Type is not ("function_declarator" or "pointer_declarator" or "reference_declarator"))
            {
                return false;
            }
        }
        return false;
    }
}
