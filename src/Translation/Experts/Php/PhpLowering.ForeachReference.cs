using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>foreach ($a as $k =&gt; &amp;$v)</c>: the loop variable is an alias of the element, so what the body gives it
/// is written back to <c>$a[$k]</c> at the end of each pass and before each <c>continue</c>, <c>break</c> and <c>return</c>.
/// PHP leaves <c>$v</c> an alias of the last element after the loop; that is only translated when nothing names <c>$v</c>
/// afterwards or the loop is followed by <c>unset($v)</c>. A <c>break 2</c> (which would skip the write-back) is reported.
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerForeachByReference(SyntaxNode node, SyntaxNode arrayNode, SyntaxNode binding, Lowered array)
    {
        const string Reason = "foreach by reference (&$v) changes the array through the loop variable";
        var valueNode = binding.Type == "pair" ? binding.NamedChildren[^1] : binding;
        var variable = valueNode.NamedChildren.FirstOrDefault(c => c.Type == "variable_name");
        var body = Field(node, "body");
        if (variable.IsNull || variable.Type != "variable_name" || !IsStableArrayPlace(Unwrap(arrayNode), body))
        {
            throw Unsupported(node, $"{Reason}; translated only for a plain loop variable over a variable, a property or an element with plain keys the loop does not change");
        }
        if (AllNodes(body).Any(n => n.Type == "break_statement" && JumpLevels(n) != 1))
        {
            throw Unsupported(node, $"{Reason}; a break out of more than one loop inside it is not translated");
        }
        if (ReadAfterLoop(node, variable.Text))
        {
            throw Unsupported(node, $"{Reason}; {variable.Text} stays an alias of the last element after the loop and is used again (add unset({variable.Text}) after the loop)");
        }
        var value = new PyName(VariableName(VariableOf(variable)));
        PyExpression key = binding.Type == "pair" ? ForeachTarget(binding.NamedChildren[0]) : new PyName(Temporary("key"));
        var iterable = array.Type switch
        {
            PhpType.List => PyCall.Of("enumerate", array.Expression),
            PhpType.Dict => PyCall.Method(array.Expression, "items"),
            _ => Helper("php_items", array.Expression),
        };
        var writeBack = new PyAssign(new PySubscript(array.Expression, key), value);
        _returnWriteBacks.Add((_scope, variable.Text, writeBack));
        try
        {
            return [new PyFor(new PyTuple([key, value]), iterable, [.. InLoop(body, [writeBack], [writeBack]), writeBack])];
        }
        finally
        {
            _returnWriteBacks.RemoveAt(_returnWriteBacks.Count - 1);
        }
    }

    /// <summary>
    /// A variable, a property, or an element of one whose keys are literals, variables or their properties, none of which
    /// the loop body assigns: the write-back at the end of a pass must reach the element the loop started on.
    /// </summary>
    private static bool IsStableArrayPlace(SyntaxNode place, SyntaxNode body)
    {
        if (place.Type is "variable_name" or "member_access_expression")
        {
            return true;
        }
        if (place.Type != "subscript_expression" || PlaceParts(place) is not { } parts)
        {
            return false;
        }
        var names = parts.Keys.Concat(parts.Prefixes).ToHashSet(StringComparer.Ordinal);
        return !AllNodes(body).Any(n => n.Type is "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression"
                or "update_expression" or "unset_statement"
            && n.NamedChildren.Any(c => names.Contains(c.Text)));
    }

    /// <summary>The write-backs of the by-reference loops a <c>return</c> of this scope leaves, innermost first.</summary>
    private readonly List<(Scope Scope, string Variable, PyStatement WriteBack)> _returnWriteBacks = [];

    /// <summary>
    /// <c>return</c> inside <c>foreach (... as &amp;$v)</c>: PHP's element already holds what the body gave <c>$v</c>,
    /// so it is written back before the returned value is computed (which may read the array).
    /// </summary>
    private List<PyStatement> ReturnWriteBacks(SyntaxNode returned)
    {
        var open = _returnWriteBacks.Where(w => ReferenceEquals(w.Scope, _scope)).Reverse().ToList();
        var changed = open.FirstOrDefault(w => AllNodes(returned).Any(n => n.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression"
            && n.NamedChildren.Any(c => c.Text == w.Variable)));
        if (changed.Variable is not null)
        {
            throw Unsupported(returned, $"a return that changes {changed.Variable} inside foreach by reference is not translated");
        }
        return open.Select(w => w.WriteBack).ToList();
    }

    /// <summary>Whether the scope names <paramref name="variable"/> after the loop, other than right after an <c>unset</c> of it.</summary>
    private bool ReadAfterLoop(SyntaxNode loop, string variable)
    {
        var siblings = loop.Parent is { } parent ? parent.NamedChildren.Where(c => c.Type != "comment").ToList() : [];
        var next = siblings.FindIndex(c => c.StartByte == loop.StartByte) + 1;
        if (next > 0 && next < siblings.Count && siblings[next].Type == "unset_statement" && siblings[next].NamedChildren.Any(c => c.Text == variable))
        {
            return false;
        }
        return !_scopeBody.IsNull && AllNodes(_scopeBody).Any(n => n.Type == "variable_name" && n.Text == variable && n.StartByte >= loop.EndByte);
    }
}
