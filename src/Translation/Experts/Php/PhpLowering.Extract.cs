using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>extract($a)</c>: PHP makes a variable of every key that is a valid name. Only the variables the scope names
/// can be seen afterwards (variable variables and <c>eval</c> are reported), so each of them is set from the array
/// when its key is there and left as it was otherwise; the type pass reads them as of unknown type.
/// </summary>
internal sealed partial class PhpLowering
{
    /// <summary>
    /// The variables <c>extract</c> in this scope may set and the type pass can leave to it: those the scope names
    /// but never assigns, binds or takes as a parameter (an extract replacing one of those raises when run).
    /// </summary>
    private static HashSet<string> ExtractableNames(SyntaxNode body) =>
        Descendants(body).Where(n => n.Type == "variable_name" && VariableOf(n) != "this").Select(VariableOf).Except(AssignedNames(body)).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> AssignedNames(SyntaxNode body)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in Descendants(body).Where(n => n.Type == "variable_name"))
        {
            var parent = n.Parent!.Value;
            var target = parent.Type is "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression" && parent.ChildByField("left") == n
                || parent.Type is "update_expression" or "list_literal" or "catch_clause" or "global_declaration" or "static_variable_declaration" or "by_ref"
                    or "unset_statement" or "anonymous_function_use_clause"
                || parent.Type == "foreach_statement" && parent.NamedChildren[0] != n
                || parent.Type == "pair" && parent.Parent is { Type: "foreach_statement" }
                || parent.Type == "array_element_initializer" && parent.Parent is { } pattern && pattern.Parent is { } holder
                    && (holder.Type == "assignment_expression" && holder.ChildByField("left") == pattern || holder.Type == "foreach_statement" && holder.NamedChildren[0] != pattern)
                || parent.Type == "subscript_expression" && parent.NamedChildren[0] == n;
            if (target)
            {
                assigned.Add(VariableOf(n));
            }
        }
        if (body.Parent is { } function && function.ChildByField("parameters") is { } parameters)
        {
            assigned.UnionWith(Named(parameters).Select(ParameterName));
        }
        return assigned;
    }

    private static bool IsExtractCall(SyntaxNode node) =>
        node.Type == "function_call_expression" && node.ChildByField("function") is { Type: "name" } f && f.Text.Equals("extract", StringComparison.OrdinalIgnoreCase);

    private Lowered LowerExtract(SyntaxNode node, IReadOnlyList<Lowered> args)
    {
        if (args.Count != 1)
        {
            throw Unsupported(node, "extract() with flags or a prefix is not translated");
        }
        var names = ExtractableNames(_scopeBody).Order(StringComparer.Ordinal).ToList();
        if (names.FirstOrDefault(_scope.Aliases.ContainsKey) is { } alias)
        {
            throw Unsupported(node, $"extract() setting ${alias}, a reference, is not translated");
        }
        var held = new PyName(Temporary("extracted"));
        _before!.Add(new PyAssign(held, Helper("php_extract", args[0].Expression)));
        foreach (var name in names)
        {
            // A variable PHP has not set reads as null.
            var variable = new PyName(VariableName(name));
            _before.Add(new PyIf(new PyCompare(new PyString(name), PyCompareOperator.In, held), [new PyAssign(variable, new PySubscript(held, new PyString(name)))],
                [new PyIf(new PyCompare(new PyString(variable.Id), PyCompareOperator.NotIn, PyCall.Of("locals")), [new PyAssign(variable, PyConstant.None)], [])]));
        }
        foreach (var name in AssignedNames(_scopeBody).Where(n => n != "this").Order(StringComparer.Ordinal))
        {
            _before.Add(new PyIf(new PyCompare(new PyString(name), PyCompareOperator.In, held),
                [new PyRaise(PyCall.Of("NotImplementedError", new PyString($"extract() replacing ${name}, which the program also assigns, is not translated")))], []));
        }
        return new Lowered(PyCall.Of("len", held), PhpType.Int);
    }
}
