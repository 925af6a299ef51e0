using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A for..of over a Map (or its keys, values or entries) or an ordered Set that the loop's body changes through
    /// the same receiver (<c>for (const [k, v] of this.handlers) this.handlers.delete(k)</c>): JavaScript visits
    /// the entries added during the loop and skips those deleted before their turn, where Python raises
    /// "dictionary changed size during iteration". The loop then walks <c>js_live_keys</c>; null when it needs not.
    /// </summary>
    private PyExpression? LiveIteration(SyntaxNode iterated, SyntaxNode? maybeBody)
    {
        var receiverNode = iterated;
        var part = "entries";
        if (iterated.Type == "call_expression" && iterated.ChildByField("function") is { Type: "member_expression" } callee
            && callee.ChildByField("property")?.Text is "keys" or "values" or "entries" && iterated.ChildByField("arguments")?.NamedChildren.Count == 0)
        {
            receiverNode = callee.ChildByField("object")!.Value;
            part = callee.ChildByField("property")!.Value.Text;
        }
        if (maybeBody is not { } body || !ChangesCollection(body, receiverNode.Text))
        {
            return null;
        }
        var receiver = ctx.WithoutBefore(() => Lower(receiverNode));
        if (receiver.Type.Kind is not (JsKind.Map or JsKind.OrderedSet) || !IsPure(receiver.Py))
        {
            return null;
        }
        var keys = ctx.Helper(JsRuntime.LiveKeys, receiver.Py);
        if (receiver.Type.Kind == JsKind.OrderedSet)
        {
            // A Set's entries are [v, v].
            return part == "entries" && iterated != receiverNode ? Each(k => new PyTuple([k, k])) : keys;
        }
        return part switch
        {
            "keys" => keys,
            "values" => Each(k => new PySubscript(receiver.Py, k)),
            _ => Each(k => new PyTuple([k, new PySubscript(receiver.Py, k)])),
        };

        PyExpression Each(Func<PyName, PyExpression> element)
        {
            var key = new PyName(ctx.Temporary("key"));
            return new PyComprehension(element(key), key, keys, Generator: true);
        }
    }

    /// <summary>Whether <paramref name="body"/> calls set, delete, add or clear on the receiver spelled <paramref name="receiver"/>.</summary>
    private static bool ChangesCollection(SyntaxNode body, string receiver)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.Type == "call_expression" && node.ChildByField("function") is { Type: "member_expression" } callee
                && callee.ChildByField("property")?.Text is "set" or "delete" or "add" or "clear" && callee.ChildByField("object")?.Text == receiver)
            {
                return true;
            }
            foreach (var child in node.NamedChildren)
            {
                stack.Push(child);
            }
        }
        return false;
    }
}
