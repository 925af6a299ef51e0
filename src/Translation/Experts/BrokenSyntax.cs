using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// Where tree-sitter's error recovery touched a statement. A statement whose own parts (its expressions, not the
/// statements nested in it, which are judged on their own) hold an ERROR or a MISSING node means what the
/// recovery guessed, so the experts mark it instead of translating the guess.
/// </summary>
internal static class BrokenSyntax
{
    /// <summary>Whether <paramref name="statement"/>'s own parts carry a syntax error.</summary>
    public static bool InOwnParts(SyntaxNode statement) => statement.HasError && Broken(statement, isRoot: true);

    private static bool Broken(SyntaxNode node, bool isRoot)
    {
        if (node.IsError || node.IsMissing)
        {
            return node.Type != ";"; // a missing semicolon alone changes no meaning
        }
        if (!node.HasError || (!isRoot && IsStatementLike(node.Type)))
        {
            return false;
        }
        return node.Children.Any(c => Broken(c, isRoot: false));
    }

    private static bool IsStatementLike(string type) =>
        type.EndsWith("statement", StringComparison.Ordinal) || type.EndsWith("declaration", StringComparison.Ordinal)
        || type.EndsWith("definition", StringComparison.Ordinal)
        || type is "block" or "statement_block" or "declaration_list" or "class_body" or "colon_block" or "switch_block" or "switch_body";
}
