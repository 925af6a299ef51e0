using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Validation;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// The statements of a tree-sitter source (JavaScript, PHP, Java, C++) that only a body may hold where they
/// stand: what makes a selection cut from a function or loop body a fragment.
/// </summary>
internal static class FragmentSites
{
    private static readonly HashSet<string> Functions =
    [
        "function_declaration", "function_expression", "function", "arrow_function", "method_definition",
        "generator_function", "generator_function_declaration", "function_definition", "method_declaration",
        "anonymous_function", "anonymous_function_creation_expression", "constructor_declaration",
        "compact_constructor_declaration", "lambda_expression",
    ];

    private static readonly HashSet<string> Loops =
        ["for_statement", "for_in_statement", "while_statement", "do_statement", "foreach_statement", "enhanced_for_statement", "for_range_loop"];

    private static readonly HashSet<string> Switches = ["switch_statement", "switch_expression", "switch_block"];

    public static IReadOnlyList<FragmentSite> Find(SyntaxTree tree)
    {
        var sites = new List<FragmentSite>();
        using var cursor = tree.Walk();
        while (true)
        {
            var node = cursor.Current;
            if (Keyword(node) is { } keyword && Stands(node, keyword))
            {
                sites.Add(new FragmentSite(keyword, node.Start, node.End));
            }
            if (cursor.GotoFirstChild())
            {
                continue;
            }
            while (!cursor.GotoNextSibling())
            {
                if (!cursor.GotoParent())
                {
                    return sites;
                }
            }
        }
    }

    private static string? Keyword(SyntaxNode node) => node.Type switch
    {
        "return_statement" => "return",
        "break_statement" => "break",
        "continue_statement" => "continue",
        "yield_expression" => "yield",
        "await_expression" => "await",
        _ => null,
    };

    /// <summary>Whether nothing around <paramref name="node"/> gives it the function or loop it needs.</summary>
    private static bool Stands(SyntaxNode node, string keyword)
    {
        for (var up = node.Parent; up is { } parent; up = parent.Parent)
        {
            if (Functions.Contains(parent.Type))
            {
                // A return inside a function is that function's; a break there still needs a loop of its own.
                return keyword is "break" or "continue";
            }
            if (keyword is "break" or "continue" && (Loops.Contains(parent.Type) || keyword == "break" && Switches.Contains(parent.Type)))
            {
                return false;
            }
        }
        return true;
    }
}
