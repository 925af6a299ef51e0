using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A regex literal whose pattern means the same to Python's <c>re</c>: no named groups, lookbehind or
    /// unicode-set syntax, flags among g, i, m, s. Returns the pattern, the Python flags and whether it is global.
    /// </summary>
    private (PyString Pattern, PyExpression? Flags, bool Global) Regex(SyntaxNode regex)
    {
        var pattern = regex.ChildByField("pattern")?.Text ?? string.Empty;
        var flags = regex.ChildByField("flags")?.Text ?? string.Empty;
        if (pattern.Contains("(?<", StringComparison.Ordinal) || pattern.Contains("\\k<", StringComparison.Ordinal) || pattern.Contains("\\p{", StringComparison.Ordinal)
            || pattern.Contains("\\u", StringComparison.Ordinal) || pattern.Contains("[^]", StringComparison.Ordinal) || flags.Any(f => f is not ('g' or 'i' or 'm' or 's')))
        {
            throw Unsupported(regex, "this regular expression (its syntax or flags differ in Python's re)");
        }
        ctx.Require("re");
        PyExpression? python = null;
        foreach (var flag in flags.Where(f => f != 'g'))
        {
            PyExpression one = new PyName(flag switch { 'i' => "re.I", 'm' => "re.M", _ => "re.S" });
            python = python is null ? one : new PyBinary(python, PyBinaryOperator.BitOr, one);
        }
        return (new PyString(pattern), python, flags.Contains('g', StringComparison.Ordinal));
    }

    private static List<PyKeyword> FlagKeywords(PyExpression? flags) => flags is null ? [] : [new PyKeyword("flags", flags)];

    /// <summary><c>/re/.test(s)</c>.</summary>
    private JsValue RegexTest(SyntaxNode regex, List<SyntaxNode> arguments)
    {
        var (pattern, flags, _) = Regex(regex);
        var search = new PyCall(new PyName("re.search"), [pattern, Lower(arguments[0]).Py], FlagKeywords(flags));
        return JsValue.Of(new PyCompare(search, PyCompareOperator.IsNot, PyConstant.None), JsType.Bool);
    }

    /// <summary><c>s.replace(/re/g, "x")</c> and <c>s.split(/re/)</c>.</summary>
    private JsValue RegexStringMethod(JsValue s, string method, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var (pattern, flags, global) = Regex(arguments[0]);
        switch (method)
        {
            case "split" when arguments.Count == 1:
                return JsValue.Of(new PyCall(new PyName("re.split"), [pattern, s.Py], FlagKeywords(flags)), JsType.ArrayOf(JsType.String));
            case "replace" or "replaceAll" when arguments.Count == 2 && Lower(arguments[1]) is { Type.Kind: JsKind.String, Py: PyString replacement } && !replacement.Value.Contains('$', StringComparison.Ordinal) && !replacement.Value.Contains('\\', StringComparison.Ordinal):
                List<PyKeyword> keywords = global ? [] : [new PyKeyword("count", new PyNumber("1"))];
                return JsValue.Of(new PyCall(new PyName("re.sub"), [pattern, replacement, s.Py], [.. keywords, .. FlagKeywords(flags)]), JsType.String);
            default:
                throw Unsupported(node, $"{method} with a regular expression and these arguments");
        }
    }
}
