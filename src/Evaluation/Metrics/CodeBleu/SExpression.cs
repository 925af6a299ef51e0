using System.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// A subtree written as tree-sitter's <c>ts_node_string</c> writes it (what py-tree-sitter's <c>sexp()</c>
/// returned): named nodes only, each child prefixed by its field name, missing nodes as <c>(MISSING type)</c>.
/// </summary>
internal static class SExpression
{
    public static string Of(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(SyntaxNode node, StringBuilder builder)
    {
        builder.Append('(');
        if (node.IsMissing)
        {
            builder.Append("MISSING ");
        }
        builder.Append(node.Type);
        foreach (var child in node.Children)
        {
            if (!child.IsNamed)
            {
                continue;
            }
            builder.Append(' ');
            if (child.FieldName is { } field)
            {
                builder.Append(field).Append(": ");
            }
            Write(child, builder);
        }
        builder.Append(')');
    }
}
