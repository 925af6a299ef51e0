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
        if (elements.Any(e => e.NamedChildren.Any(c => c.Type is "by_ref")))
        {
            throw Unsupported(node, "references inside array literals are not translated");
        }
        var keyed = elements.Any(IsKeyedElement);
        if (elements.Any(IsSpread))
        {
            return keyed ? throw Unsupported(node, "a spread (...) inside an array literal with keys is not translated") : LowerSpreadLiteral(elements);
        }
        if (!keyed)
        {
            return new Lowered(new PyList(elements.Select(e => LowerExpression(e.NamedChildren[^1]).Expression).ToArray()), PhpType.List);
        }
        var entries = new List<PyDictEntry>();
        var next = 0L;
        var numbered = false;
        foreach (var e in elements)
        {
            var child = e.NamedChildren[^1];
            if (IsKeyedElement(e))
            {
                var key = Key(e.NamedChildren[0], LowerExpression(e.NamedChildren[0]));
                var keyedEmpty = IsEmptyArray(Unwrap(child)) && key is PyString { Value: var name } && ElementsWrittenByKey().Contains(name);
                entries.Add(new PyDictEntry(key, keyedEmpty ? new PyDict([]) : LowerExpression(child).Expression));
                if (key is PyNumber n && long.TryParse(n.Text, out var k))
                {
                    next = numbered ? System.Math.Max(next, k + 1) : k + 1;
                    numbered = true;
                }
                else if (key is not PyString && elements.SkipWhile(x => x != e).Skip(1).Any(x => !IsKeyedElement(x)))
                {
                    Warn(child, "an element without a key after a computed key: PHP numbers it after the largest int key so far, which is known only at run time");
                }
            }
            else
            {
                entries.Add(new PyDictEntry(PyNumber.Of(next++), LowerExpression(child).Expression));
                numbered = true;
            }
        }
        return new Lowered(new PyDict(entries), PhpType.Dict);
    }

    private HashSet<string>? _elementsWrittenByKey;

    /// <summary>
    /// String keys <c>k</c> whose element the program writes by key (<c>$x['k'][$id] = v</c>, matched by name
    /// whatever holds it) and never appends to: an empty array under that key in a literal is PHP's keyed array.
    /// </summary>
    private HashSet<string> ElementsWrittenByKey()
    {
        if (_elementsWrittenByKey is { } known)
        {
            return known;
        }
        var keyed = new HashSet<string>(StringComparer.Ordinal);
        var appended = new HashSet<string>(StringComparer.Ordinal);
        foreach (var write in _program is { } program ? AllNodes(program) : [])
        {
            if (write.Type is "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression"
                && Unwrap(Field(write, "left")) is { Type: "subscript_expression" } left
                && Unwrap(left.NamedChildren[0]) is { Type: "subscript_expression", NamedChildCount: 2 } element
                && Unwrap(element.NamedChildren[1]) is { Type: "string" } literal && LowerExpression(literal).Expression is PyString { Value: var name })
            {
                (left.NamedChildCount < 2 ? appended : left.NamedChildren[1].Type == "integer" ? [] : keyed).Add(name);
            }
        }
        keyed.ExceptWith(appended);
        return _program is null ? keyed : _elementsWrittenByKey = keyed;
    }

    /// <summary><c>*x</c> in a list display (the syntax model has no starred node; a name carries the text).</summary>
    private static PyName Starred(PyExpression e) =>
        new("*" + (e is PyName or PyCall or PySubscript or PyMember ? PythonExpressionText(e) : "(" + PythonExpressionText(e) + ")"));

    private static bool IsSpread(SyntaxNode element) => element.NamedChildren.Any(c => c.Type == "variadic_unpacking");

    /// <summary>
    /// <c>[$a, ...$rows]</c> is <c>array_merge([$a], $rows)</c> in PHP: lists unpack into a list, and a keyed array
    /// spreads its string keys (PHP 8.1) and renumbers its int keys, as <c>php_merge</c> does.
    /// </summary>
    private Lowered LowerSpreadLiteral(SyntaxNode[] elements)
    {
        var parts = new List<Lowered>();
        var plain = new List<PyExpression>();
        foreach (var e in elements)
        {
            if (!IsSpread(e))
            {
                plain.Add(LowerExpression(e.NamedChildren[^1]).Expression);
                continue;
            }
            if (plain.Count > 0)
            {
                parts.Add(new Lowered(new PyList([.. plain]), PhpType.List));
                plain.Clear();
            }
            parts.Add(LowerExpression(e.NamedChildren.First(c => c.Type == "variadic_unpacking").NamedChildren[0]));
        }
        if (plain.Count > 0)
        {
            parts.Add(new Lowered(new PyList([.. plain]), PhpType.List));
        }
        if (parts.All(p => p.Type == PhpType.List))
        {
            return new Lowered(new PyList(parts.SelectMany(p => p.Expression is PyList list ? list.Items : [Starred(p.Expression)]).ToArray()), PhpType.List);
        }
        return new Lowered(Helper("php_merge", [.. parts.Select(p => p.Expression)]), PhpType.Unknown);
    }
}
