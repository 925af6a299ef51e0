using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Reference assignment <c>$v = &amp;place</c> where the place is a variable, a property or an element whose keys
/// cannot change while <c>$v</c> is used: <c>$v</c> becomes another spelling of the place (every later read and
/// write of <c>$v</c> is one of the place). That is PHP's meaning as long as the reference is not rebound or broken
/// before its last use, which is checked: every use of <c>$v</c> follows the statement in the same block, the keys'
/// variables are not written there, the place is not unset or replaced before the last use, and no closure, loop
/// binding, <c>unset</c> or <c>global</c> names <c>$v</c>. Anything else is reported.
/// </summary>
internal sealed partial class PhpLowering
{
    private IReadOnlyList<PyStatement> LowerReferenceAssignment(SyntaxNode node)
    {
        const string NotTranslated = "reference assignment (=&) makes two names one variable; not translated";
        var left = Unwrap(Field(node, "left"));
        var place = Unwrap(Field(node, "right"));
        if (node.Parent is not { Type: "expression_statement" } statement || statement.Parent is not { Type: "compound_statement" or "program" } block
            || left.Type != "variable_name" || VariableOf(left) == "this" || _scope.Aliases.ContainsKey(VariableOf(left)))
        {
            throw Unsupported(node, NotTranslated + " here (only as a statement of its own, to a plain variable)");
        }
        var alias = VariableOf(left);
        if (PlaceParts(place) is not { } parts)
        {
            throw Unsupported(node, NotTranslated + " (the place is not a variable, a property or an element with plain keys)");
        }
        var uses = AllNodes(_scopeBody).Where(n => n.Type == "variable_name" && VariableOf(n) == alias && n != left && !InOtherFunction(n, statement)).ToList();
        var lastUse = uses.Count > 0 ? uses.Max(u => u.StartByte) : statement.EndByte;
        if (uses.Any(u => u.StartByte < statement.EndByte || !Within(u, block) || !(IsPlainUse(u, block) || IsFinalUnset(u, lastUse))))
        {
            throw Unsupported(node, NotTranslated + $" (${alias} is used before it, outside its block, in a closure or as a loop, catch, unset or global name)");
        }
        foreach (var n in AllNodes(block).Where(n => n.StartByte >= statement.EndByte))
        {
            if (n.StartByte >= lastUse)
            {
                continue;
            }
            if (WrittenVariable(n) is { } written && parts.Keys.Contains(written))
            {
                throw Unsupported(node, NotTranslated + $" ({written}, which picks the element, changes while ${alias} is used)");
            }
            if (DetachedPlaces(n).FirstOrDefault(d => parts.Prefixes.Contains(d) || d == place.Text && n.Type != "assignment_expression") is { } detached)
            {
                throw Unsupported(node, NotTranslated + $" ({detached} is replaced or unset while ${alias} is used)");
            }
        }
        _scope.Aliases[alias] = place;
        // PHP creates the element (null) when the reference is taken, and the arrays on the way to it.
        return place.Type == "subscript_expression" ? [new PyExpressionStatement(CreateSlot(place, PyConstant.None))] : [];
    }

    /// <summary>The element as <c>php_ref_slot</c> calls that make each missing level, the last one null.</summary>
    private PyExpression CreateSlot(SyntaxNode subscript, PyExpression empty)
    {
        var container = Unwrap(subscript.NamedChildren[0]);
        var holder = container.Type == "subscript_expression" ? CreateSlot(container, new PyDict([])) : LowerContainer(container).Expression;
        return Helper("php_ref_slot", holder, LowerKey(subscript.NamedChildren[1]), empty);
    }

    /// <summary>Whether a node lies in a named function, method or class that does not hold the statement.</summary>
    private static bool InOtherFunction(SyntaxNode node, SyntaxNode statement)
    {
        for (var p = node.Parent; p is { } parent; p = parent.Parent)
        {
            if (parent.Type is "function_definition" or "method_declaration" or "class_declaration" or "enum_declaration" or "trait_declaration" or "interface_declaration")
            {
                return !(statement.StartByte >= parent.StartByte && statement.EndByte <= parent.EndByte);
            }
        }
        return false;
    }

    /// <summary>
    /// What the keys of a place read (<c>$k</c>, <c>$e-&gt;symbol</c>) and the places it lies inside; null when it
    /// is not a plain place.
    /// </summary>
    private static (HashSet<string> Keys, HashSet<string> Prefixes)? PlaceParts(SyntaxNode place)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var node = place;
        while (node.Type == "subscript_expression")
        {
            if (node.NamedChildCount != 2 || !IsPlainKey(Unwrap(node.NamedChildren[1]), keys))
            {
                return null;
            }
            node = Unwrap(node.NamedChildren[0]);
            prefixes.Add(node.Text);
        }
        var isPlace = node.Type == "variable_name" && VariableOf(node) != "this"
            || node.Type == "member_access_expression" && node.ChildByField("object") is { Type: "variable_name" } o && node.ChildByField("name") is { Type: "name" };
        if (!isPlace)
        {
            return null;
        }
        if (node.Type == "member_access_expression")
        {
            prefixes.Add(node.ChildByField("object")!.Value.Text);
        }
        return (keys, prefixes);
    }

    /// <summary>A key that reads only literals, variables and their properties (its variables are collected).</summary>
    private static bool IsPlainKey(SyntaxNode key, HashSet<string> variables)
    {
        switch (key.Type)
        {
            case "integer" or "string" or "boolean" or "class_constant_access_expression":
                return true;
            case "variable_name":
                variables.Add(key.Text);
                return true;
            case "member_access_expression" when key.ChildByField("object") is { Type: "variable_name" } o && key.ChildByField("name") is { Type: "name" }:
                variables.Add(o.Text);
                variables.Add(key.Text);
                return true;
            case "binary_expression" when key.ChildByField("operator")?.Text is "+" or "-" or "*" or ".":
                return IsPlainKey(Unwrap(Field(key, "left")), variables) && IsPlainKey(Unwrap(Field(key, "right")), variables);
            case "function_call_expression" when key.ChildByField("function")?.Text.ToLowerInvariant() is "count" or "strlen"
                && key.ChildByField("arguments") is { } list && Named(list).ToArray() is [{ Type: "argument" } argument]:
                // count($stack) - 1 picks the same element while $stack itself is not written (checked like a key variable).
                return IsPlainKey(Unwrap(argument.NamedChildren[^1]), variables);
            default:
                return false;
        }
    }

    private static bool Within(SyntaxNode node, SyntaxNode block)
    {
        for (var p = node.Parent; p is { } parent; p = parent.Parent)
        {
            if (parent == block)
            {
                return true;
            }
            if (ScopeBoundaries.Contains(parent.Type))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A use of the alias that reads or writes the place: not a loop, catch, unset, global or static name, nor a match array.</summary>
    private static bool IsPlainUse(SyntaxNode use, SyntaxNode block)
    {
        var parent = use.Parent!.Value;
        if (parent.Type is "catch_clause" or "global_declaration" or "static_variable_declaration" or "unset_statement" or "by_ref" or "list_literal" or "anonymous_function_use_clause"
            || parent.Type == "foreach_statement" && parent.NamedChildren[0] != use
            || parent.Type == "pair" && parent.Parent is { Type: "foreach_statement" })
        {
            return false;
        }
        return !(parent.Type == "argument" && parent.Parent?.Parent is { Type: "function_call_expression" } call
            && call.ChildByField("function")?.Text.ToLowerInvariant() is "preg_match" or "preg_match_all" or "compact" or "extract");
    }

    /// <summary><c>unset($v)</c> as the last use of the alias: it breaks the reference and nothing sees <c>$v</c> again.</summary>
    private static bool IsFinalUnset(SyntaxNode use, int lastUse) =>
        use.Parent is { Type: "unset_statement" } && use.StartByte == lastUse;

    /// <summary>
    /// The variable (<c>$k</c>) or property (<c>$e-&gt;symbol</c>) a node writes as a whole or by element (assignment,
    /// <c>++</c>, loop binding, <c>unset</c>, match array).
    /// </summary>
    private static string? WrittenVariable(SyntaxNode node)
    {
        var target = node.Type switch
        {
            "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression" => node.ChildByField("left"),
            "update_expression" => node.ChildByField("argument"),
            "foreach_statement" => node.NamedChildren.Count > 1 ? node.NamedChildren[1] : null,
            "unset_statement" => Named(node).FirstOrDefault(),
            "argument" when node.Parent?.Parent is { Type: "function_call_expression" } call && call.ChildByField("function")?.Text.ToLowerInvariant() is "preg_match" or "preg_match_all" => node,
            "argument" when node.Parent?.Parent is { Type: "function_call_expression" } call && InPlaceArrayFunctions.Contains(call.ChildByField("function")?.Text ?? "")
                && node.Parent?.NamedChildren[0] == node => node,
            _ => null,
        };
        if (target is not { } t || t.IsNull)
        {
            return null;
        }
        t = Unwrap(t.Type == "argument" ? t.NamedChildren[^1] : t);
        if (t.Type == "pair")
        {
            t = t.NamedChildren[^1];
        }
        while (t.Type == "subscript_expression")
        {
            t = Unwrap(t.NamedChildren[0]);
        }
        return t.Type is "variable_name" or "member_access_expression" ? t.Text : null;
    }

    /// <summary>The places a node replaces or removes (an assignment's or reference assignment's target, an unset's).</summary>
    private static IEnumerable<string> DetachedPlaces(SyntaxNode node) => node.Type switch
    {
        "assignment_expression" or "reference_assignment_expression" when node.ChildByField("left") is { } left => [left.Text],
        "unset_statement" => Named(node).Select(t => t.Text),
        _ => [],
    };
}
