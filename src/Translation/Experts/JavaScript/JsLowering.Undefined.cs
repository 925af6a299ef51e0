using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A value about to be printed or made text (console.log, a template, String()): where the program shows it is
    /// undefined rather than null when missing (the literal <c>undefined</c>, a call of a function that says
    /// <c>return undefined</c> and never <c>return null</c>), None is spelled "undefined", as node does.
    /// </summary>
    private JsValue LowerForText(SyntaxNode node)
    {
        var value = Lower(node);
        return IsUndefinedWhenMissing(node) ? JsValue.Of(ctx.Helper(JsRuntime.OrUndefined, value.Py), value.Type) : value;
    }

    private bool IsUndefinedWhenMissing(SyntaxNode node)
    {
        if (node.Type == "undefined" || node.Type == "identifier" && node.Text == "undefined" && ctx.Lookup("undefined") is null)
        {
            return true;
        }
        if (node.Type != "call_expression" || node.ChildByField("function") is not { } callee)
        {
            return false;
        }
        var name = callee.Type switch
        {
            "identifier" => callee.Text,
            "member_expression" => callee.ChildByField("property")?.Text.TrimStart('#'),
            _ => null,
        };
        return name is not null && ctx.Facts.ReturnsUndefined.Contains(name);
    }
}
