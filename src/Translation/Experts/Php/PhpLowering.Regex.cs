using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// PHP's <c>preg_*</c> functions: the pattern (delimiters and modifiers included) is read at run time by the
/// <c>php_re</c> helper, so a pattern held in a variable works as well as a literal. The match array that
/// <c>preg_match($p, $s, $m)</c> fills by reference is assigned with a walrus (<c>(1 if (m := ...) else 0)</c>).
/// </summary>
internal sealed partial class PhpLowering
{
    private Lowered LowerRegexCall(SyntaxNode node, string name, IReadOnlyList<Lowered> args, SyntaxNode[] argumentNodes)
    {
        PyExpression A(int i) => i < args.Count ? args[i].Expression : throw Unsupported(node, $"{name}() needs more arguments");
        var all = args.Select(a => a.Expression).ToArray();
        if (args.Count > 0 && args[0].Expression is PyString { Value: var pattern } && UnsupportedPattern(pattern) is { } reason)
        {
            throw Unsupported(node, $"{name}() with {reason} is not translated (Python's re has no equivalent)");
        }
        switch (name)
        {
            case "preg_match" or "preg_match_all" when args.Count is >= 2 and <= 4:
            {
                // The flags (PREG_SET_ORDER, PREG_OFFSET_CAPTURE, PREG_UNMATCHED_AS_NULL) shape the match array.
                PyExpression groups = Helper("php_" + name, [A(0), A(1), .. all.Skip(3)]);
                if (args.Count >= 3)
                {
                    var matches = MatchArrayName(node, name, argumentNodes[2]);
                    if (name == "preg_match" && args.Count == 3)
                    {
                        _scope.TextArrays.Add(VariableOf(Unwrap(argumentNodes[2].NamedChildren[^1])));
                    }
                    groups = new PyNamedExpression(matches, groups);
                }
                return new Lowered(name == "preg_match" ? new PyConditional(groups, new PyNumber("1"), new PyNumber("0"))
                    : args.Count == 4 ? Helper("php_preg_count", groups, A(3))
                    : PyCall.Of("len", new PySubscript(groups, new PyNumber("0"))), PhpType.Int);
            }
            case "preg_replace" when args.Count is 3 or 4:
                return new Lowered(Helper("php_preg_replace", all), PhpType.String);
            case "preg_replace_callback" when args.Count is 3 or 4:
                return new Lowered(Helper("php_preg_replace_callback", [A(0), Callable(argumentNodes[1], args[1]), .. all.Skip(2)]), PhpType.String);
            case "preg_split" when args.Count is >= 2 and <= 4:
                return new Lowered(Helper("php_preg_split", all), PhpType.List);
            case "preg_quote" when args.Count is 1 or 2:
                return new Lowered(Helper("php_preg_quote", all), PhpType.String);
            default:
                throw Unsupported(node, $"PHP's {name}() (with {args.Count} arguments) is not translated");
        }
    }

    private static readonly string[] PosixClasses = ["alpha", "digit", "alnum", "upper", "lower", "space", "xdigit", "word", "blank", "punct"];

    /// <summary>
    /// What a literal pattern uses that <c>php_re</c> would refuse at run time (reported here, with the source
    /// line): a modifier other than <c>imsxuD</c>, an escape such as <c>\K</c> or <c>\p{..}</c>, a POSIX class
    /// other than the common ones.
    /// </summary>
    private static string? UnsupportedPattern(string pattern)
    {
        var text = pattern.TrimStart();
        if (text.Length < 2 || char.IsLetterOrDigit(text[0]) || text[0] == '\\')
        {
            return null;
        }
        var closing = text[0] switch { '(' => ')', '[' => ']', '{' => '}', '<' => '>', var c => c };
        var end = text.LastIndexOf(closing);
        if (end <= 0)
        {
            return null;
        }
        if (text[(end + 1)..].FirstOrDefault(m => !"imsxuD\n".Contains(m, StringComparison.Ordinal)) is var modifier and not '\0')
        {
            return $"the modifier {modifier}";
        }
        var body = text[1..end];
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                if ("KGXCpPQEHVNgoc".Contains(body[i + 1], StringComparison.Ordinal))
                {
                    return $"the escape \\{body[i + 1]}";
                }
                i++;
            }
            else if (body[i] == '[' && body[i + 1] == ':' && body.IndexOf(":]", i, StringComparison.Ordinal) is var close and > 0
                && !PosixClasses.Contains(body[(i + 2)..close]))
            {
                return $"the POSIX class [:{body[(i + 2)..close]}:]";
            }
        }
        return null;
    }

    /// <summary>The first parameter of a closure passed to <c>preg_replace_callback</c> (its match array), or null.</summary>
    private static string? CallbackMatchParameter(SyntaxNode function)
    {
        if (function.Parent is not { Type: "argument" } argument || argument.Parent is not { Type: "arguments" } arguments
            || arguments.Parent is not { Type: "function_call_expression" } call
            || !string.Equals(call.ChildByField("function")?.Text, "preg_replace_callback", StringComparison.OrdinalIgnoreCase)
            || Named(arguments).Skip(1).FirstOrDefault() is not { IsNull: false } second || second.StartByte != argument.StartByte)
        {
            return null;
        }
        return function.ChildByField("parameters") is { } parameters && Named(parameters).FirstOrDefault() is { IsNull: false } first && first.ChildByField("name") is { } name
            ? VariableOf(name)
            : null;
    }

    /// <summary>The variable a <c>preg_match</c> fills; anything else (a property, an array element) is reported.</summary>
    private string MatchArrayName(SyntaxNode node, string name, SyntaxNode argument)
    {
        var target = Unwrap(argument.NamedChildren.Count > 0 ? argument.NamedChildren[^1] : argument);
        return target.Type == "variable_name" && VariableOf(target) != "this"
            ? VariableName(VariableOf(target))
            : throw Unsupported(node, $"{name}() filling {target.Text} (not a plain variable) is not translated");
    }
}
