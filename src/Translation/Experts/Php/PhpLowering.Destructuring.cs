using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// List destructuring (<c>[$a, $b] = ...</c>, <c>['id' =&gt; $id] = ...</c>, <c>foreach ($rows as [$x, $y])</c>).
/// PHP reads each target by its key (0, 1, ... when none is written) and ignores the other elements, so a flat
/// pattern becomes a tuple target over a slice of that length, and a keyed, nested or gapped pattern reads each
/// key in turn.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>
    /// The elements of a pattern in order: an optional key and the target, or no target for a gap (<c>[, $b]</c>).
    /// The grammar writes keyed elements of a <c>list_literal</c> as siblings (<c>key =&gt; target</c>).
    /// </summary>
    private static List<(SyntaxNode? Key, SyntaxNode? Target)> PatternElements(SyntaxNode pattern)
    {
        var elements = new List<(SyntaxNode? Key, SyntaxNode? Target)>();
        SyntaxNode? key = null;
        SyntaxNode? target = null;
        foreach (var child in pattern.Children.Where(c => c.Type != "comment"))
        {
            switch (child.Type)
            {
                case ",":
                    elements.Add((key, target));
                    key = target = null;
                    break;
                case "=>":
                    key = target;
                    target = null;
                    break;
                case "array_element_initializer" when IsKeyedElement(child):
                    key = child.NamedChildren[0];
                    target = child.NamedChildren[^1];
                    break;
                case "array_element_initializer":
                    target = child.NamedChildren[^1];
                    break;
                default:
                    if (child.IsNamed)
                    {
                        target = child;
                    }
                    break;
            }
        }
        if (key is not null || target is not null)
        {
            elements.Add((key, target));
        }
        return elements;
    }

    /// <summary>A pattern of plain targets without keys or gaps, which a Python tuple target can take.</summary>
    private static bool IsFlatPattern(SyntaxNode pattern) =>
        PatternElements(pattern).All(e => e.Key is null && e.Target is { } t && t.Type is not ("list_literal" or "array_creation_expression" or "by_ref"));

    /// <summary>Assignments of each target of <paramref name="pattern"/> from its key in <paramref name="source"/> (a name).</summary>
    private List<PyStatement> Destructure(SyntaxNode pattern, PyExpression source)
    {
        var statements = new List<PyStatement>();
        var next = 0L;
        foreach (var (keyNode, maybeTarget) in PatternElements(pattern))
        {
            var key = keyNode is { } k ? LowerExpression(k).Expression : PyNumber.Of(next++);
            if (maybeTarget is not { } target)
            {
                continue;
            }
            var value = new PySubscript(source, key);
            if (target.Type is "list_literal" or "array_creation_expression")
            {
                var inner = new PyName(Temporary("item"));
                statements.Add(new PyAssign(inner, value));
                statements.AddRange(Destructure(target, inner));
            }
            else if (target.Type == "by_ref")
            {
                throw Unsupported(target, "a reference inside list destructuring is not translated");
            }
            else
            {
                statements.Add(new PyAssign(Target(target), value));
            }
        }
        return statements;
    }

    /// <summary><c>[...] = value</c> as statements.</summary>
    private IReadOnlyList<PyStatement> LowerDestructuring(SyntaxNode pattern, SyntaxNode right)
    {
        var rightNode = Unwrap(right);
        var flat = IsFlatPattern(pattern);
        if (flat)
        {
            var targets = PatternElements(pattern).Select(e => Target(e.Target!.Value)).ToArray();
            if (rightNode.Type == "array_creation_expression" && !IsKeyedLiteral(rightNode) && Named(rightNode).Count() == targets.Length)
            {
                // [$a, $b] = [$b, $a]: every value is read before any target is written, as in PHP.
                var targetNodes = PatternElements(pattern).Select(e => e.Target!.Value).ToArray();
                return [new PyAssign(new PyTuple(targets), new PyTuple(Named(rightNode).Select((e, i) => EmptyDictFor(targetNodes[i], e.NamedChildren[^1]) ?? LowerExpression(e.NamedChildren[^1]).Expression).ToArray()))];
            }
            var value = LowerExpression(right);
            if (value.Type != PhpType.Dict)
            {
                // A longer list gives its first elements (PHP ignores the rest); a dict has no slices and fails loudly.
                return [new PyAssign(new PyTuple(targets), new PySubscript(value.Expression, new PySlice(null, PyNumber.Of(targets.Length))))];
            }
        }
        var lowered = LowerExpression(right).Expression;
        if (lowered is PyName)
        {
            return Destructure(pattern, lowered);
        }
        var temporary = new PyName(Temporary("values"));
        return [new PyAssign(temporary, lowered), .. Destructure(pattern, temporary)];
    }

    /// <summary><c>{}</c> for an empty array literal given to a variable the scope fills by key (a dict).</summary>
    private PyDict? EmptyDictFor(SyntaxNode target, SyntaxNode value) =>
        IsEmptyArray(Unwrap(value)) && target.Type == "variable_name" && _scope.TypeOf(VariableOf(target)) == PhpType.Dict ? new PyDict([]) : null;

    /// <summary>
    /// A foreach value target; a pattern is read into <paramref name="prologue"/> from a loop name, key by key, since
    /// PHP ignores the elements a row has beyond the pattern (a Python tuple target would raise on a longer row).
    /// </summary>
    private PyExpression ForeachTarget(SyntaxNode node, List<PyStatement> prologue)
    {
        if (node.Type is "list_literal" or "array_creation_expression")
        {
            var item = new PyName(Temporary("item"));
            prologue.AddRange(Destructure(node, item));
            return item;
        }
        return ForeachTarget(node);
    }
}
