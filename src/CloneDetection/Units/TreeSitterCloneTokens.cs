using CodeIntel.CloneDetection.Fingerprints;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.CloneDetection.Units;

/// <summary>
/// The tree-sitter front end of clone matching: the leaves of a byte range as names, literals and fixed tokens,
/// for every grammar. Grammars name their node types differently ("identifier", "property_identifier", "name";
/// "string", "string_literal", "encapsed_string"), so leaves are classified by the words in their type.
/// </summary>
internal static class TreeSitterCloneTokens
{
    public static List<CloneToken> Read(SyntaxTree tree, int startByte, int endByte)
    {
        var tokens = new List<CloneToken>(128);
        using var cursor = tree.Walk();
        Visit(cursor, startByte, endByte, tokens);
        return tokens;
    }

    private static void Visit(TreeCursor cursor, int startByte, int endByte, List<CloneToken> tokens)
    {
        // Iterative pre-order walk: deep trees (10,000 levels) must not overflow the stack.
        var depth = 0;
        while (true)
        {
            var node = cursor.Current;
            var inside = node.EndByte > startByte && node.StartByte < endByte;
            var descend = false;
            if (inside)
            {
                var type = node.Type;
                if (IsComment(type))
                {
                    // comments are not code
                }
                else if (node.IsNamed && LiteralKind(type) is { } kind)
                {
                    tokens.Add(new CloneToken(TokenCategory.Literal, node.Text, kind));
                }
                else if (node.ChildCount == 0)
                {
                    if (node.StartByte >= startByte && node.EndByte <= endByte)
                    {
                        tokens.Add(node.IsNamed && IsName(type)
                            ? new CloneToken(TokenCategory.Identifier, node.Text, string.Empty)
                            : new CloneToken(TokenCategory.Fixed, node.IsNamed ? node.Text : type, string.Empty));
                    }
                }
                else
                {
                    descend = true;
                }
            }
            if (descend && cursor.GotoFirstChild())
            {
                depth++;
                continue;
            }
            while (!cursor.GotoNextSibling())
            {
                if (depth == 0 || !cursor.GotoParent())
                {
                    return;
                }
                depth--;
            }
        }
    }

    private static bool IsComment(string type) => type.Contains("comment", StringComparison.Ordinal);

    private static bool IsName(string type) =>
        type.EndsWith("identifier", StringComparison.Ordinal) || type is "name" or "variable_name";

    private static string? LiteralKind(string type)
    {
        if (type.EndsWith("_type", StringComparison.Ordinal))
        {
            return null; // floating_point_type, string_type: type names, not values
        }
        if (type.Contains("string", StringComparison.Ordinal) && !type.Contains("fragment", StringComparison.Ordinal)
            || type is "heredoc" or "nowdoc" or "template_string")
        {
            return "string";
        }
        if (type.Contains("char", StringComparison.Ordinal) && type.Contains("literal", StringComparison.Ordinal))
        {
            return "char";
        }
        if (type.Contains("integer", StringComparison.Ordinal) || type.Contains("float", StringComparison.Ordinal)
            || type.Contains("number", StringComparison.Ordinal) || type.Contains("real_literal", StringComparison.Ordinal)
            || type.Contains("floating_point", StringComparison.Ordinal))
        {
            return "number";
        }
        return null;
    }
}
