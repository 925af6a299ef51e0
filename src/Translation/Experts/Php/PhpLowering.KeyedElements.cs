using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Variables whose elements are keyed arrays: the scope writes an element of an element by a key that is not known
/// to be an int (<c>$stack[count($stack) - 1][$symbol] = n</c>, or <c>$top[$symbol] = n</c> after
/// <c>$top = &amp;$stack[...]</c>) and never appends to one or writes one by an int key. An empty array put into
/// such a variable (<c>$stack = [[]]</c>, <c>$stack[] = []</c>) is PHP's keyed array, a dict, where a list would
/// refuse the string key.
/// </summary>
internal sealed partial class PhpLowering
{
    private (SyntaxNode Body, HashSet<string> Names)? _keyedElements;

    /// <summary>The value of <c>$v[] = []</c> or <c>$v = [[], ...]</c> when the elements of <c>$v</c> are keyed arrays; null otherwise.</summary>
    private Lowered? KeyedElementsValue(SyntaxNode left, SyntaxNode right)
    {
        right = Unwrap(right);
        if (right.Type != "array_creation_expression" || _scopeBody.IsNull)
        {
            return null;
        }
        if (IsEmptyArray(right) && left.Type == "subscript_expression" && Unwrap(left.NamedChildren[0]) is { Type: "variable_name" } holder
            && VariablesWithKeyedElements().Contains(VariableOf(holder)))
        {
            return new Lowered(new PyDict([]), PhpType.Dict);
        }
        var elements = right.NamedChildren.Where(e => e.Type == "array_element_initializer").ToArray();
        return left.Type == "variable_name" && elements.Length > 0 && elements.All(e => !IsKeyedElement(e) && IsEmptyArray(Unwrap(e.NamedChildren[^1])))
            && VariablesWithKeyedElements().Contains(VariableOf(left))
            ? new Lowered(new PyList(elements.Select(_ => (PyExpression)new PyDict([])).ToArray()), PhpType.List)
            : null;
    }

    private HashSet<string> VariablesWithKeyedElements()
    {
        if (_keyedElements is { } known && known.Body == _scopeBody)
        {
            return known.Names;
        }
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in Descendants(_scopeBody))
        {
            if (n.Type == "reference_assignment_expression" && Unwrap(Field(n, "left")) is { Type: "variable_name" } alias
                && Unwrap(Field(n, "right")) is { Type: "subscript_expression", NamedChildCount: 2 } place
                && Unwrap(place.NamedChildren[0]) is { Type: "variable_name" } target)
            {
                aliases[VariableOf(alias)] = VariableOf(target);
            }
        }
        var keyed = new HashSet<string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in Descendants(_scopeBody))
        {
            if (n.Type is not ("assignment_expression" or "augmented_assignment_expression") || Unwrap(Field(n, "left")) is not { Type: "subscript_expression" } left)
            {
                continue;
            }
            var container = Unwrap(left.NamedChildren[0]);
            var owner = container.Type == "subscript_expression" && Unwrap(container.NamedChildren[0]) is { Type: "variable_name" } v ? VariableOf(v)
                : container.Type == "variable_name" && aliases.TryGetValue(VariableOf(container), out var through) ? through
                : null;
            if (owner is not null)
            {
                (left.NamedChildCount == 2 && MayBeTextKey(Unwrap(left.NamedChildren[1])) ? keyed : other).Add(owner);
            }
        }
        keyed.ExceptWith(other);
        _keyedElements = (_scopeBody, keyed);
        return keyed;
    }

    /// <summary>A key that is a string or may be one (a variable or element of unknown type); not an int.</summary>
    private bool MayBeTextKey(SyntaxNode key) => key.Type switch
    {
        "string" or "encapsed_string" => true,
        "variable_name" => _scope.TypeOf(VariableOf(key)) is PhpType.String or PhpType.Unknown,
        "subscript_expression" or "member_access_expression" => true,
        _ => false,
    };
}
