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

    private readonly HashSet<string> _declaredProperties = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>isset($o-&gt;p)</c> where no class declares <c>p</c>, or the name is given at run time: the property may
    /// never have been set (<c>stdClass</c>, a dynamic property), which isset reads as null instead of failing.
    /// </summary>
    private PyExpression? UndeclaredMember(SyntaxNode target)
    {
        if (target.Type != "member_access_expression" || Field(target, "name") is { Type: "name" } name && _declaredProperties.Contains(name.Text))
        {
            return null;
        }
        var access = Field(target, "name").Type == "name"
            ? new PyMember(LowerExpression(Field(target, "object")).Expression, PropertyName(MemberName(Field(target, "name"))))
            : DynamicMember(LowerExpression(Field(target, "object")).Expression, Field(target, "name"));
        return access switch
        {
            PyMember member => PyCall.Of("getattr", member.Value, new PyString(member.Name), PyConstant.None),
            PyCall { Arguments: [var receiver, var attribute] } => PyCall.Of("getattr", receiver, attribute, PyConstant.None),
            _ => null,
        };
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
