using System.Text.RegularExpressions;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// The one anonymous class Java functions use for a reason Python has a word for: a map whose <c>get</c> answers
/// a constant for a missing key,
/// <code>new HashMap&lt;Integer, Integer&gt;() { @Override public Integer get(Object key) {
///     if (!containsKey(key)) return 0; return super.get(key); } }</code>
/// It becomes a plain dict whose reads are <c>d.get(key, 0)</c>: like the override, and unlike a
/// <c>defaultdict</c>, a read adds no key, so <c>size()</c> and iteration stay as they were. Any other anonymous
/// class stays untranslated.
/// </summary>
internal sealed partial class CLowering
{
    private static readonly Regex[] DefaultGetBodies =
    [
        new(@"^\{if\(!(this\.)?containsKey\((?<k>\w+)\)\)(\{)?return(?<e>.+?);(\})?returnsuper\.get\(\k<k>\);\}$"),
        new(@"^\{return(this\.)?containsKey\((?<k>\w+)\)\?super\.get\(\k<k>\):(?<e>.+?);\}$"),
        new(@"^\{returnsuper\.getOrDefault\((?<k>\w+),(?<e>.+?)\);\}$"),
    ];

    /// <summary>The Python value for a missing key when <paramref name="body"/> only overrides <c>get</c> to
    /// answer a literal for it; null otherwise.</summary>
    private PyExpression? MapWithDefaultGet(SyntaxNode body)
    {
        var members = body.NamedChildren.Where(c => c.Type is not ("line_comment" or "block_comment")).ToArray();
        if (members is not [{ Type: "method_declaration" } method]
            || Field(method, "name").Text != "get"
            || method.ChildByField("body") is not { } block
            || Field(method, "parameters").NamedChildren.Count(c => c.Type == "formal_parameter") != 1)
        {
            return null;
        }
        var compact = Regex.Replace(block.Text, @"\s+", "");
        var match = DefaultGetBodies.Select(r => r.Match(compact)).FirstOrDefault(m => m.Success);
        if (match is null || Field(Field(method, "parameters").NamedChildren.First(c => c.Type == "formal_parameter"), "name").Text != match.Groups["k"].Value)
        {
            return null;
        }
        foreach (var node in Descendants(block))
        {
            if (IsLiteral(node) && Regex.Replace(node.Text, @"\s+", "") == match.Groups["e"].Value)
            {
                return Lower(node).Python;
            }
        }
        return null;
    }

    private static bool IsLiteral(SyntaxNode node) => node.Type switch
    {
        "decimal_integer_literal" or "decimal_floating_point_literal" or "string_literal" or "character_literal"
            or "true" or "false" or "null_literal" => true,
        "unary_expression" => node.NamedChildren is [var operand] && node.Text.TrimStart().StartsWith('-') && IsLiteral(operand),
        _ => false,
    };

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node)
    {
        foreach (var child in node.NamedChildren)
        {
            yield return child;
            foreach (var inner in Descendants(child))
            {
                yield return inner;
            }
        }
    }
}
