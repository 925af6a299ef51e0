using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// <c>$o-&gt;{$name}</c> and <c>$o-&gt;$name</c> read as <c>getattr</c>, with the name renamed at run time as the
/// translation renames declared properties (a Python keyword, or a property named like a method, gets a trailing
/// underscore). <c>$o-&gt;$name(...)</c> calls the method named at run time. Writes to a dynamic member stay
/// reported.
/// </summary>
internal sealed partial class PhpLowering
{
    private PyExpression DynamicMember(PyExpression receiver, SyntaxNode nameNode)
    {
        var name = LowerExpression(nameNode);
        return PyCall.Of("getattr", receiver, Helper("php_attr_name", name.Type == PhpType.String ? name.Expression : Helper("php_str", name.Expression), RenamedProperties()));
    }

    /// <summary><c>$o-&gt;$name(...)</c>: the method is found at run time, ignoring case as PHP does.</summary>
    private Lowered DynamicMethodCall(SyntaxNode node, PyExpression receiver)
    {
        var name = LowerExpression(Field(node, "name"));
        var method = Helper("php_method", receiver, name.Type == PhpType.String ? name.Expression : Helper("php_str", name.Expression));
        if (IsFirstClassCallable(node))
        {
            return new Lowered(method, PhpType.Unknown);
        }
        var args = Arguments(Field(node, "arguments"), named: true).Select(a => a.Expression).ToArray();
        return new Lowered(new PyCall(method, args), PhpType.Unknown);
    }

    /// <summary>Whether the access is only read (not stored into, changed in place, or taken by reference).</summary>
    private static bool IsPlainRead(SyntaxNode node)
    {
        if (node.Parent is not { } parent)
        {
            return true;
        }
        return parent.Type switch
        {
            "assignment_expression" or "augmented_assignment_expression" or "reference_assignment_expression" => parent.ChildByField("left") != node,
            "update_expression" or "unset_statement" or "by_ref" or "foreach_statement" => false,
            "subscript_expression" => parent.NamedChildren[0] != node,
            "parenthesized_expression" => IsPlainRead(parent),
            "argument" => parent.Parent?.Parent is not { Type: "function_call_expression" } call
                || !InPlaceArrayFunctions.Contains(call.ChildByField("function")?.Text ?? ""),
            _ => true,
        };
    }
}
