using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// An assignment or <c>++</c>/<c>--</c> on a property or an element whose value is used where it cannot run as a
/// statement of its own (an arm of <c>match</c>, a branch of <c>?:</c>, the right of <c>&amp;&amp;</c>): a helper
/// stores and gives PHP's value (the new one, or the old one for <c>$x++</c>), with the object or array and the key
/// evaluated once.
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered StoreInExpression(SyntaxNode node, SyntaxNode target)
    {
        if (target.Type == "subscript_expression" && target.NamedChildCount < 2)
        {
            throw Unsupported(node, "$a[] = ... inside an expression is not translated");
        }
        var cell = target.Type == "variable_name" && _scope.Boxed.Contains(VariableOf(target));
        if (target.Type is not ("member_access_expression" or "subscript_expression") && !cell)
        {
            throw Unsupported(node, "an assignment to this target inside an expression is not translated");
        }
        var place = Target(target);
        var (holder, key, setter, updater) = place switch
        {
            PyMember m => (m.Value, (PyExpression)new PyString(m.Name), "php_set_attr", "php_update_attr"),
            PySubscript s => (s.Value, s.Index, "php_set_item", "php_update_item"),
            _ => throw Unsupported(node, "an assignment to this target inside an expression is not translated"),
        };
        switch (node.Type)
        {
            case "assignment_expression":
                return new Lowered(Helper(setter, holder, key, LowerExpression(Field(node, "right")).Expression), Infer(node));
            case "update_expression":
            {
                var increment = node.Children.Any(c => c.Text == "++");
                var prefix = node.Children[0].Text is "++" or "--";
                return new Lowered(Helper(updater, holder, key, new PyNumber(increment ? "1" : "-1"), PyConstant.Of(prefix)), PhpType.Unknown);
            }
            default:
            {
                // $o->total += $x: the new value reads the target again, so only a plain receiver (evaluated twice) is taken.
                var receiver = Unwrap(target.NamedChildren[0]);
                if (!cell && receiver.Type != "variable_name" || (target.Type == "subscript_expression" && Unwrap(target.NamedChildren[1]).Type is not ("variable_name" or "string" or "integer")))
                {
                    throw Unsupported(node, "a compound assignment to a computed target inside an expression is not translated");
                }
                var value = LowerAugmented(node) switch
                {
                    PyAugmentedAssign a => new PyBinary(a.Target, a.Operator, a.Value),
                    PyAssign a => a.Value,
                    _ => throw Unsupported(node, "this compound assignment inside an expression is not translated"),
                };
                return new Lowered(Helper(setter, holder, key, value), Infer(node));
            }
        }
    }
}
