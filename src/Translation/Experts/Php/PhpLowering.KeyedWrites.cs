using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Arrays written by key somewhere other than the scope that creates them: a top-level array a function declares
/// <c>global</c>, and an array passed to a reference parameter (<c>&amp;$load</c>) that the callee writes by key. An
/// empty array created for either is a dict, as one written by key in its own scope is.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>Top-level arrays that a function declaring them <c>global</c> writes by key.</summary>
    private readonly HashSet<string> _globalKeyed = new(StringComparer.Ordinal);

    private void FindGlobalKeyedWrites(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
            if (node.Type is not ("function_definition" or "method_declaration") || node.ChildByField("body") is not { } body)
            {
                continue;
            }
            var own = Descendants(body).ToList();
            var declared = own.Where(n => n.Type == "global_declaration").SelectMany(n => n.NamedChildren).Select(VariableOf).ToHashSet(StringComparer.Ordinal);
            foreach (var write in own.Where(n => n.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression"))
            {
                if ((write.ChildByField("left") ?? write.ChildByField("argument")) is { Type: "subscript_expression" } target && BaseVariable(target) is { } name && declared.Contains(name) && IsKeyedWrite(target))
                {
                    _globalKeyed.Add(name);
                }
            }
        }
    }

    /// <summary>Functions and methods (by lower-case name) with the positions of reference parameters they write by key.</summary>
    private readonly Dictionary<string, HashSet<int>> _keyedReferenceParameters = new(StringComparer.Ordinal);

    private void FindKeyedReferenceParameters(SyntaxNode root)
    {
        foreach (var function in AllNodes(root).Where(n => n.Type is "function_definition" or "method_declaration"))
        {
            if (function.ChildByField("body") is not { } body || function.ChildByField("parameters") is not { } parameters)
            {
                continue;
            }
            var list = Named(parameters).ToArray();
            var own = Descendants(body).ToList();
            for (var i = 0; i < list.Length; i++)
            {
                var p = list[i];
                if (p.ChildByField("reference_modifier") is null && Field(p, "name").Type != "by_ref")
                {
                    continue;
                }
                var name = ParameterName(p);
                if (own.Any(n => WrittenByKey(n, name)))
                {
                    var key = Field(function, "name").Text.ToLowerInvariant();
                    if (!_keyedReferenceParameters.TryGetValue(key, out var positions))
                    {
                        _keyedReferenceParameters[key] = positions = [];
                    }
                    positions.Add(i);
                }
            }
        }
    }

    /// <summary>
    /// <c>array_reduce($xs, function (array $acc, $x) { $acc[$k] = ...; }, [])</c>: the carry is filled by key, so its
    /// empty start is a dict (a list would raise on the first keyed write).
    /// </summary>
    private static PyExpression ReduceInitial(SyntaxNode callback, SyntaxNode initial, PyExpression lowered)
    {
        var function = Unwrap(callback.NamedChildren.Count > 0 ? callback.NamedChildren[^1] : callback);
        var initialValue = Unwrap(initial.NamedChildren.Count > 0 ? initial.NamedChildren[^1] : initial);
        if (!IsEmptyArray(initialValue) || function.Type is not ("anonymous_function" or "arrow_function")
            || function.ChildByField("parameters") is not { } parameters || !Named(parameters).Any())
        {
            return lowered;
        }
        var name = ParameterName(Named(parameters).First());
        return Descendants(function).Any(n => WrittenByKey(n, name)) ? new PyDict([]) : lowered;
    }

    private static bool WrittenByKey(SyntaxNode node, string variable) =>
        node.Type is "assignment_expression" or "augmented_assignment_expression" or "update_expression"
        && (node.ChildByField("left") ?? node.ChildByField("argument")) is { Type: "subscript_expression" } target
        && BaseVariable(target) == variable && IsKeyedWrite(target);

    /// <summary>
    /// The variables a call passes to reference parameters written by key. A method is matched by name alone (the
    /// receiver's class is not known here): a dict is what any such callee needs.
    /// </summary>
    private IEnumerable<string> KeyedByReference(SyntaxNode call)
    {
        var name = (call.ChildByField("name") ?? call.ChildByField("function"))?.Text.ToLowerInvariant();
        if (name is null || !_keyedReferenceParameters.TryGetValue(name, out var positions) || call.ChildByField("arguments") is not { } arguments)
        {
            yield break;
        }
        var list = Named(arguments).ToArray();
        foreach (var i in positions.Where(i => i < list.Length))
        {
            if (list[i].ChildByField("name") is null && Unwrap(list[i].NamedChildren[^1]) is { Type: "variable_name" } variable)
            {
                yield return VariableOf(variable);
            }
        }
    }
}
