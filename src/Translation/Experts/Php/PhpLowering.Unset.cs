using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>unset($a[$k])</c>. PHP keeps the other keys (a list gets a gap) and the next key <c>$a[] = v</c> gives; a
/// Python list renumbers. So an array unset from whose keys may be seen afterwards is of unknown kind, not a list:
/// <c>php_unset</c> turns it into the keyed array PHP leaves (stored back into the variable or <c>$this-&gt;p</c>),
/// and every other use goes through the helpers that handle either kind.
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerUnset(SyntaxNode target)
    {
        if (target.Type == "subscript_expression" && target.NamedChildCount == 2)
        {
            var array = LowerExpression(target.NamedChildren[0]);
            var key = LowerKey(target.NamedChildren[1]);
            if (array.Type == PhpType.Dict)
            {
                // Stored back where it can be: removing the largest integer key must not lower the key $a[] gives next.
                return IsPlainStore(target.NamedChildren[0])
                    ? [new PyAssign(array.Expression, Helper("php_unset", array.Expression, key))]
                    : [new PyExpressionStatement(PyCall.Method(array.Expression, "pop", key, PyConstant.None))];
            }
            if (UnsetKeepsKeysUnread(target))
            {
                // Nothing reads this array by key afterwards (only its values), so renumbering is not seen.
                return [new PyExpressionStatement(PyCall.Method(array.Expression, "pop", key))];
            }
            if (array.Type != PhpType.List && (IsPlainStore(target.NamedChildren[0]) || Unwrap(target.NamedChildren[0]).Type == "subscript_expression" && PlaceParts(Unwrap(target.NamedChildren[0])) is not null))
            {
                // Of unknown kind: a dict loses the key, a list becomes the keyed array PHP leaves (stored back; an
                // element with plain keys is read again to store it).
                return [new PyAssign(array.Expression, Helper("php_unset", array.Expression, key))];
            }
            throw Unsupported(target, "unset() on a list leaves a gap in PHP's keys (a Python list renumbers); not translated");
        }
        if (target.Type == "variable_name" && _scope.Aliases.Remove(VariableOf(target)))
        {
            // The last use of a reference (checked where it was taken): unset only breaks the link.
            return [];
        }
        if (target.Type == "variable_name")
        {
            return [new PyAssign(new PyName(VariableName(VariableOf(target))), PyConstant.None)];
        }
        throw Unsupported(target, "this unset() is not translated");
    }

    /// <summary>
    /// Whether <c>unset($a[$k])</c> on a list may renumber: the array was just assigned in the same block (its keys
    /// are still its indices), it is unset only here, and nothing in scope reads it by key or iterates its keys.
    /// </summary>
    private bool UnsetKeepsKeysUnread(SyntaxNode target)
    {
        if (target.NamedChildren[0].Type != "variable_name" || target.Parent is not { } unset || unset.Parent is not { } block || _scopeBody.IsNull)
        {
            return false;
        }
        var name = target.NamedChildren[0].Text;
        var assignedBefore = block.NamedChildren.TakeWhile(s => s != unset).Any(s =>
            s.Type == "expression_statement" && s.NamedChildren[0] is { Type: "assignment_expression" } a && a.ChildByField("left")?.Text == name);
        var nodes = Descendants(_scopeBody).ToList();
        var unsets = nodes.Count(n => n.Type == "unset_statement" && n.Text.Contains(name + "[", StringComparison.Ordinal));
        var keyedReads = nodes.Any(n => n.Type == "subscript_expression" && n.NamedChildren[0].Text == name && n != target);
        var keyIterated = nodes.Any(n => n.Type == "foreach_statement" && n.NamedChildren[0].Text == name && n.NamedChildren[1].Type == "pair");
        return assignedBefore && unsets == 1 && !keyedReads && !keyIterated;
    }

    /// <summary>
    /// Variables some <c>unset($v[...])</c> of the scope may leave with a gap that is seen afterwards: the type pass
    /// does not let them be lists.
    /// </summary>
    private HashSet<string> UnsetWithGaps(SyntaxNode body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unset in Descendants(body).Where(n => n.Type == "unset_statement"))
        {
            foreach (var target in unset.NamedChildren.Where(c => c.Type == "subscript_expression" && c.NamedChildCount == 2))
            {
                if (target.NamedChildren[0].Type == "variable_name" && !UnsetKeepsKeysUnread(target))
                {
                    names.Add(VariableOf(target.NamedChildren[0]));
                }
            }
        }
        return names;
    }

    private HashSet<string>? _gappedProperties;

    /// <summary>
    /// Names of array properties some <c>unset($o-&gt;p[...])</c> of the program may leave with a gap (matched by name,
    /// whatever the object): they are not lists, and <c>$o-&gt;p[] = v</c> on them gives PHP's next key.
    /// </summary>
    private HashSet<string> GappedProperties(IEnumerable<SyntaxNode> roots)
    {
        if (_gappedProperties is { } known)
        {
            return known;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in roots.SelectMany(AllNodes).Where(n => n.Type == "unset_statement"))
        {
            foreach (var target in node.NamedChildren.Where(c => c.Type == "subscript_expression" && c.NamedChildCount == 2))
            {
                if (target.NamedChildren[0] is { Type: "member_access_expression" } property && property.ChildByField("name") is { } name)
                {
                    names.Add(name.Text);
                }
            }
        }
        return _program is null ? names : _gappedProperties = names;
    }

    private void DemotePropertiesUnsetFrom(IEnumerable<SyntaxNode> roots, Dictionary<string, PhpType> properties)
    {
        foreach (var name in GappedProperties(roots))
        {
            if (properties.TryGetValue(name, out var type) && type == PhpType.List)
            {
                properties[name] = PhpType.Unknown;
            }
        }
    }

    /// <summary>Whether <c>$a[] = v</c> on an array of unknown kind may append: a property or element is taken to be a list unless unset from.</summary>
    private bool IsListLike(SyntaxNode node, Lowered array) => array.Type == PhpType.List
        || node.Type == "subscript_expression"
        || node.Type == "member_access_expression" && !(node.ChildByField("name") is { } name && GappedProperties(_program is { } program ? [program] : []).Contains(name.Text));

    private static bool HeldByReferenceParameter(SyntaxNode argument) =>
        Unwrap(argument.Type == "argument" ? argument.NamedChildren[^1] : argument) is { Type: "variable_name" } v && IsReferenceParameter(v);

    /// <summary>
    /// <c>sort</c>/<c>rsort</c>/<c>usort</c> on an array of unknown kind: the renumbered list PHP makes is stored back,
    /// except through a reference parameter, where the caller's array is renumbered in place (a keyed array keeps
    /// being a dict, with the keys 0, 1, 2, ... PHP gives it), so the caller sees it.
    /// </summary>
    private PyStatement SortRenumbering(SyntaxNode argument, PyExpression array, PyExpression compare, PyExpression reverse) =>
        HeldByReferenceParameter(argument)
            ? new PyExpressionStatement(Helper("php_usort_in_place", array, compare, reverse))
            : new PyAssign(array, Helper("php_usort", array, compare, reverse));
}
