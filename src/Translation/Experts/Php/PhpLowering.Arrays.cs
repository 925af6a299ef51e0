using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>Array literals: without keys a list, with keys a dict (insertion-ordered, as PHP arrays are).</summary>
internal sealed partial class PhpLowering
{
    /// <summary>An element written <c>key =&gt; value</c>.</summary>
    private static bool IsKeyedElement(SyntaxNode element) => element.NamedChildren.Count(c => c.Type != "comment") == 2;

    private static bool IsKeyedLiteral(SyntaxNode array) => array.NamedChildren.Any(e => e.Type == "array_element_initializer" && IsKeyedElement(e));

    private Lowered LowerArrayLiteral(SyntaxNode node)
    {
        var elements = node.NamedChildren.Where(e => e.Type == "array_element_initializer").ToArray();
        if (elements.Any(e => e.NamedChildren.Any(c => c.Type is "by_ref" or "variadic_unpacking")))
        {
            throw Unsupported(node, "references and spreads inside array literals are not translated");
        }
        var keyed = elements.Any(IsKeyedElement);
        if (!keyed)
        {
            return new Lowered(new PyList(elements.Select(e => LowerExpression(e.NamedChildren[^1]).Expression).ToArray()), PhpType.List);
        }
        var entries = new List<PyDictEntry>();
        var next = 0L;
        foreach (var e in elements)
        {
            var child = e.NamedChildren[^1];
            if (IsKeyedElement(e))
            {
                var key = LowerExpression(e.NamedChildren[0]);
                entries.Add(new PyDictEntry(key.Expression, LowerExpression(child).Expression));
                if (key.Expression is PyNumber n && long.TryParse(n.Text, out var k))
                {
                    next = k + 1;
                }
                else if (key.Type != PhpType.String)
                {
                    Warn(child, "an array key that is neither a literal int nor a string: PHP converts numeric-string and float keys to ints, Python keeps them as they are");
                }
            }
            else
            {
                entries.Add(new PyDictEntry(PyNumber.Of(next++), LowerExpression(child).Expression));
            }
        }
        return new Lowered(new PyDict(entries), PhpType.Dict);
    }
}
