using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// Generators. A PHP generator gives keys and values, so the Python generator yields <c>(key, value)</c> pairs,
/// which <c>foreach</c> reads through <c>php_items</c>/<c>php_values</c> as it runs (not copied first, so the two
/// sides interleave as in PHP). <c>yield $v</c> numbers its keys 0, 1, 2, ... (a counter the function starts
/// with); <c>yield from</c> passes the inner array's or generator's own keys on. In a program that calls a
/// generator's methods (<c>send</c>, <c>getReturn</c>, <c>current</c>, ...) each generator function is decorated
/// with <c>php_generator</c>, whose object does what PHP's <c>Generator</c> does. <c>$x = yield $v</c> gives the
/// value sent in (null from <c>foreach</c> and <c>next()</c>, as in PHP). An unkeyed yield in a generator that also
/// yields keys, and a yield used inside a larger expression, are reported.
/// </summary>
internal sealed partial class PhpLowering
{
    private const string YieldKey = "php_yield_key";

    private static IEnumerable<SyntaxNode> Yields(SyntaxNode body) =>
        Descendants(body).Where(n => n.Type == "yield_expression" && !IsYieldFrom(n));

    /// <summary>The grammar reads <c>yield from</c> as one keyword.</summary>
    private static bool IsYieldFrom(SyntaxNode yield) =>
        yield.ChildCount > 0 && yield.Children[0].Text.EndsWith("from", StringComparison.OrdinalIgnoreCase);

    private static SyntaxNode? YieldedElement(SyntaxNode yield) =>
        yield.NamedChildren.Where(c => c.Type == "array_element_initializer").Select(c => (SyntaxNode?)c).FirstOrDefault();

    private static bool IsKeyedYield(SyntaxNode yield) => YieldedElement(yield) is { } e && IsKeyedElement(e);

    /// <summary>The counter of a generator whose yields number their keys.</summary>
    private static IEnumerable<PyStatement> GeneratorPrologue(SyntaxNode body) =>
        Yields(body).Any(y => !IsKeyedYield(y)) ? [new PyAssign(new PyName(YieldKey), new PyNumber("-1"))] : [];

    private static readonly HashSet<string> GeneratorMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "current", "key", "next", "valid", "rewind", "send", "getReturn",
    };

    private bool? _callsGeneratorMethods;

    /// <summary>The decorator of a generator function, in a program that calls a generator's methods.</summary>
    private IEnumerable<string> GeneratorDecorator(SyntaxNode body)
    {
        _callsGeneratorMethods ??= _program is { } program && AllNodes(program).Any(n =>
            n.Type is "member_call_expression" or "nullsafe_member_call_expression" && n.ChildByField("name") is { } m && GeneratorMethods.Contains(m.Text));
        if (_callsGeneratorMethods != true || body.IsNull || !Descendants(body).Any(n => n.Type == "yield_expression"))
        {
            return [];
        }
        Helpers.Add("php_generator");
        return ["php_generator"];
    }

    /// <summary>A yield as a statement, or as the whole right side of an assignment statement (<c>$x = yield $v;</c>).</summary>
    private static bool IsStatementYield(SyntaxNode node) =>
        node.Parent?.Type == "expression_statement"
        || node.Parent is { Type: "assignment_expression" } assignment && assignment.ChildByField("right") == node && assignment.Parent?.Type == "expression_statement";

    private Lowered LowerYield(SyntaxNode node)
    {
        if (!IsStatementYield(node) || _before is null)
        {
            throw Unsupported(node, "a yield used inside a larger expression (a value sent into the generator) is not translated");
        }
        if (IsYieldFrom(node))
        {
            var inner = LowerExpression(node.NamedChildren[^1]);
            var pairs = inner.Type == PhpType.Dict ? PyCall.Method(inner.Expression, "items") : inner.Type == PhpType.List ? PyCall.Of("enumerate", inner.Expression) : Helper("php_items", inner.Expression);
            return new Lowered(new PyYield(new PyName("from " + PythonExpressionText(pairs))), PhpType.Unknown);
        }
        var element = YieldedElement(node);
        if (element is { } keyed && IsKeyedElement(keyed))
        {
            return new Lowered(new PyYield(new PyTuple([LowerExpression(keyed.NamedChildren[0]).Expression, LowerExpression(keyed.NamedChildren[^1]).Expression])), PhpType.Unknown);
        }
        if (_scopeBody.IsNull || Yields(_scopeBody).Any(IsKeyedYield))
        {
            // PHP numbers it after the largest int key yielded so far, which a counter alone does not follow.
            throw Unsupported(node, "a yield without a key in a generator that also yields keys is not translated");
        }
        _before.Add(new PyAugmentedAssign(new PyName(YieldKey), PyBinaryOperator.Add, new PyNumber("1")));
        var value = element is { } e ? LowerExpression(e.NamedChildren[^1]).Expression : PyConstant.None;
        return new Lowered(new PyYield(new PyTuple([new PyName(YieldKey), value])), PhpType.Unknown);
    }
}
