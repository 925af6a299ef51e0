using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// Lowers a Java or C++ tree-sitter tree to the Python syntax model. One class over both grammars: their node
/// names rarely collide, and where the languages agree (integer semantics, loops, switch, ++/--) the rules are
/// the same code. Split by concern over several files: expressions, operators, calls of each library,
/// statements, loops, declarations, switch, and program structure.
/// </summary>
internal sealed partial class CLowering(LoweringContext context)
{
    private readonly LoweringContext _ctx = context;

    private bool IsJava => _ctx.Dialect == CDialect.Java;

    private static string OperatorOf(SyntaxNode node)
    {
        if (node.ChildByField("operator") is { } op)
        {
            return op.Text;
        }
        foreach (var child in node.Children)
        {
            if (!child.IsNamed)
            {
                return child.Text;
            }
        }
        return string.Empty;
    }

    private static SyntaxNode Field(SyntaxNode node, string field) =>
        node.ChildByField(field) ?? throw new UntranslatableException(node, $"'{node.Type}' without its {field}");

    /// <summary>The expression inside a C++ condition_clause or a parenthesized_expression.</summary>
    private static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Type is "parenthesized_expression" or "condition_clause")
        {
            var inner = node.Type == "condition_clause" ? node.ChildByField("value") : null;
            if (inner is null)
            {
                var named = node.NamedChildren;
                if (named.Count != 1)
                {
                    break;
                }
                inner = named[0];
            }
            node = inner.Value;
        }
        return node;
    }

    private static UntranslatableException Unsupported(SyntaxNode node, string? what = null) =>
        new(node, $"{what ?? $"'{node.Type}'"} is not translated: {Snippet(node)}");

    private static string Snippet(SyntaxNode node)
    {
        var text = node.Text.ReplaceLineEndings(" ");
        return text.Length <= 60 ? text : text[..60] + "...";
    }

    private static PyExpression DefaultValue(CType type) => type.Kind switch
    {
        CKind.Int => Py.Number(0),
        CKind.Float => new PyNumber("0.0"),
        CKind.Bool => PyConstant.False,
        CKind.Char => new PyString("\0"),
        CKind.String or CKind.StringBuilder => new PyString(string.Empty),
        CKind.List => new PyList([]),
        CKind.Map => new PyDict([]),
        CKind.Set => new PySet([]),
        _ => PyConstant.None,
    };
}
