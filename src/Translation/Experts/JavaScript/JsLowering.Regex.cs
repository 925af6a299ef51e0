using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A regex operand: a literal's pattern and Python flags, or a compiled regex held in a variable. A literal is a
    /// new object each time it is evaluated (<paramref name="Fresh"/>), so its lastIndex never carries over.
    /// </summary>
    private sealed record RegexOperand(PyExpression Pattern, PyExpression? Flags, bool Global, bool Fresh, string? Source);

    /// <summary>
    /// A regex literal whose pattern means the same to Python's <c>re</c>: no named groups, lookbehind or
    /// unicode-set syntax, flags among g, i, m, s. Returns the pattern, the Python flags and whether it is global.
    /// </summary>
    private (PyString Pattern, PyExpression? Flags, bool Global) Regex(SyntaxNode regex)
    {
        var pattern = regex.ChildByField("pattern")?.Text ?? string.Empty;
        var flags = regex.ChildByField("flags")?.Text ?? string.Empty;
        if (pattern.Contains("(?<", StringComparison.Ordinal) || pattern.Contains("\\k<", StringComparison.Ordinal) || pattern.Contains("\\p{", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\\u(?![0-9A-Fa-f]{4})") || pattern.Contains("[^]", StringComparison.Ordinal)
            || flags.Any(f => f is not ('g' or 'i' or 'm' or 's')))
        {
            throw Unsupported(regex, "this regular expression (its syntax or flags differ in Python's re)");
        }
        ctx.Require("re");
        return (new PyString(pattern), PythonFlags(flags), flags.Contains('g', StringComparison.Ordinal));
    }

    /// <summary>re's flags for JavaScript's i, m and s (g is no flag in Python), or null when there are none.</summary>
    private static PyExpression? PythonFlags(string flags) =>
        flags.Where(f => f != 'g').Select(f => (PyExpression)new PyName(f switch { 'i' => "re.I", 'm' => "re.M", _ => "re.S" }))
            .Aggregate((PyExpression?)null, (all, one) => all is null ? one : new PyBinary(all, PyBinaryOperator.BitOr, one));

    /// <summary>A regex literal used as a value: <c>re.compile(pattern, flags)</c>, whose kind remembers the g flag.</summary>
    private JsValue LowerRegexValue(SyntaxNode node)
    {
        var (pattern, flags, global) = Regex(node);
        return JsValue.Of(new PyCall(new PyName("re.compile"), flags is null ? [pattern] : [pattern, flags]), JsType.RegexOf(global));
    }

    /// <summary>
    /// <c>new RegExp(pattern, "gi")</c>: <c>re.compile</c> of the pattern with the literal flags. A pattern built at
    /// run time cannot be checked for syntax Python reads otherwise (README, "Known differences").
    /// </summary>
    private JsValue NewRegExp(List<SyntaxNode> arguments, SyntaxNode node)
    {
        var flags = arguments.Count > 1 ? arguments[1].Text[1..^1] : string.Empty;
        if (flags.Any(f => f is not ('g' or 'i' or 'm' or 's')))
        {
            throw Unsupported(node, "new RegExp with these flags");
        }
        ctx.Require("re");
        var pattern = Lower(arguments[0]);
        var python = PythonFlags(flags);
        return JsValue.Of(new PyCall(new PyName("re.compile"), python is null ? [pattern.Py] : [pattern.Py, python]), JsType.RegexOf(flags.Contains('g', StringComparison.Ordinal)));
    }

    /// <summary>The regex <paramref name="node"/> stands for: a literal, or a variable or field holding one; null otherwise.</summary>
    private RegexOperand? AsRegex(SyntaxNode node)
    {
        if (node.Type == "regex")
        {
            var (pattern, flags, global) = Regex(node);
            return new RegexOperand(pattern, flags, global, Fresh: true, pattern.Value);
        }
        if (node.Type is not ("identifier" or "member_expression"))
        {
            return null;
        }
        try
        {
            return Lower(node) is { Type.Kind: JsKind.Regex } value ? new RegexOperand(value.Py, null, value.Type.Class == "g", Fresh: false, null) : null;
        }
        catch (UntranslatableException)
        {
            return null;
        }
    }

    private static List<PyKeyword> FlagKeywords(PyExpression? flags) => flags is null ? [] : [new PyKeyword("flags", flags)];

    private static PyCall ReCall(string function, RegexOperand regex, PyExpression text, params PyKeyword[] keywords) =>
        new(new PyName("re." + function), [regex.Pattern, text], [.. keywords, .. FlagKeywords(regex.Flags)]);

    /// <summary><c>re.test(s)</c> and <c>re.exec(s)</c>; a global regex in a variable resumes from its lastIndex, which is reported.</summary>
    private JsValue RegexMethod(RegexOperand regex, string method, SyntaxNode argument, SyntaxNode node)
    {
        if (regex.Global && !regex.Fresh)
        {
            throw Unsupported(node, $"{method} on a global regular expression kept in a variable (it resumes from its lastIndex)");
        }
        var search = ReCall("search", regex, Lower(argument).Py);
        return method == "test"
            ? JsValue.Of(new PyCompare(search, PyCompareOperator.IsNot, PyConstant.None), JsType.Bool)
            : JsValue.Of(ctx.Helper(JsRuntime.Match, search), JsType.MatchArray);
    }

    /// <summary><c>s.replace(/re/g, …)</c>, <c>split</c>, <c>match</c>, <c>matchAll</c> and <c>search</c> with a regex.</summary>
    private JsValue RegexStringMethod(JsValue s, string method, RegexOperand regex, List<SyntaxNode> arguments, SyntaxNode node)
    {
        var m = new PyName("m");
        switch (method)
        {
            case "split" when arguments.Count == 1:
                return JsValue.Of(ReCall("split", regex, s.Py), JsType.ArrayOf(JsType.String));
            case "replace" or "replaceAll" when arguments.Count == 2:
                PyExpression replacement = arguments[1].Type is "arrow_function" or "function_expression"
                    ? ReplaceCallback(regex, arguments[1])
                    : Lower(arguments[1]) is { Py: PyString text } ? (PyExpression)new PyString(ReplacementTemplate(text.Value, regex.Source is { } source ? CountGroups(source) : 9, node))
                    : throw Unsupported(node, $"{method} with a regular expression and a computed replacement");
                var all = regex.Global ? Array.Empty<PyKeyword>() : [new PyKeyword("count", new PyNumber("1"))];
                return JsValue.Of(new PyCall(new PyName("re.sub"), [regex.Pattern, replacement, s.Py], [.. all, .. FlagKeywords(regex.Flags)]), JsType.String);
            case "match" when arguments.Count == 1:
                if (!regex.Global)
                {
                    return JsValue.Of(ctx.Helper(JsRuntime.Match, ReCall("search", regex, s.Py)), JsType.MatchArray);
                }
                // With g, every whole match, or null when there is none.
                var matches = new PyComprehension(PyCall.Method(m, "group", new PyNumber("0")), m, ReCall("finditer", regex, s.Py));
                return JsValue.Of(new PyBoolean(matches, PyBooleanOperator.Or, PyConstant.None), JsType.ArrayOf(JsType.String));
            case "matchAll" when arguments.Count == 1:
                ctx.Helpers.Add(JsRuntime.Match);
                return JsValue.Of(new PyComprehension(PyCall.Of(JsRuntime.MatchClass, m), m, ReCall("finditer", regex, s.Py)), JsType.ArrayOf(JsType.MatchArray));
            case "search" when arguments.Count == 1:
                var found = ctx.Temporary("found");
                return JsValue.Of(new PyConditional(new PyNamedExpression(found, ReCall("search", regex, s.Py)), PyCall.Method(new PyName(found), "start"), new PyNumber("-1")), JsType.Int);
            default:
                throw Unsupported(node, $"{method} with a regular expression and these arguments");
        }
    }

    /// <summary>
    /// A replace callback: a nested def called with the match, its groups, the offset and the whole string, as
    /// many as it declares; what it returns becomes a string as JavaScript's String() makes it.
    /// </summary>
    private PyLambda ReplaceCallback(RegexOperand regex, SyntaxNode callback)
    {
        if (ctx.Before is null)
        {
            throw Unsupported(callback, "a replace callback inside a loop condition");
        }
        var name = ctx.Temporary("replacement");
        ctx.Before.Add(LowerFunction(callback, name));
        var groups = regex.Source is { } source ? CountGroups(source) : (int?)null;
        var m = new PyName("m");
        var arguments = new List<PyExpression>();
        for (var i = 0; i < CallbackParameters(callback).Count; i++)
        {
            arguments.Add(groups is null || i <= groups ? PyCall.Method(m, "group", new PyNumber(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                : i == groups + 1 ? PyCall.Method(m, "start")
                : i == groups + 2 ? new PyMember(m, "string")
                : throw Unsupported(callback, "a replace callback with more parameters than the match passes"));
        }
        PyExpression result = PyCall.Of(name, [.. arguments]);
        if (!(ctx.Returns.TryGetValue(name, out var returned) && returned.Kind == JsKind.String))
        {
            result = ctx.Helper(JsRuntime.Str, result);
        }
        return new PyLambda(["m"], result);
    }

    /// <summary>JavaScript's replacement patterns ($1, $&amp;, $$) in Python's template syntax, other backslashes escaped.</summary>
    private static string ReplacementTemplate(string text, int groups, SyntaxNode node)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                result.Append(@"\\");
                continue;
            }
            if (c != '$' || i + 1 == text.Length)
            {
                result.Append(c);
                continue;
            }
            var next = text[i + 1];
            if (next == '$')
            {
                result.Append('$');
                i++;
            }
            else if (next == '&')
            {
                result.Append(@"\g<0>");
                i++;
            }
            else if (char.IsAsciiDigit(next) && next != '0')
            {
                var number = next - '0';
                if (i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]) && number * 10 + (text[i + 2] - '0') <= groups)
                {
                    number = number * 10 + (text[i + 2] - '0');
                    i++;
                }
                result.Append(number <= groups ? $@"\g<{number}>" : "$" + next);
                i++;
            }
            else if (next is '`' or '\'' or '<')
            {
                throw Unsupported(node, $"the replacement pattern ${next}");
            }
            else
            {
                result.Append('$');
            }
        }
        return result.ToString();
    }

    /// <summary>The capturing groups of a regex source: opening parentheses not escaped, not in a class, not <c>(?</c>.</summary>
    private static int CountGroups(string pattern)
    {
        var count = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
                case '(' when !inClass && (i + 1 == pattern.Length || pattern[i + 1] != '?'):
                    count++;
                    break;
            }
        }
        return count;
    }

    /// <summary>
    /// <c>while ((m = re.exec(s)) !== null) { … }</c> over a global regex: each match in turn, as
    /// <c>for m in finditer</c>; m is null after the loop, as in JavaScript. Null when the loop is not of that form.
    /// </summary>
    private List<PyStatement>? ExecLoop(SyntaxNode node)
    {
        var condition = Unparenthesized(node.ChildByField("condition")!.Value);
        if (condition.Type == "binary_expression" && condition.ChildByField("operator")?.Text is "!==" or "!=" && condition.ChildByField("right")?.Type == "null")
        {
            condition = Unparenthesized(condition.ChildByField("left")!.Value);
        }
        if (condition.Type != "assignment_expression" || condition.ChildByField("left") is not { Type: "identifier" } target
            || condition.ChildByField("right") is not { Type: "call_expression" } call
            || call.ChildByField("function") is not { Type: "member_expression" } callee || callee.ChildByField("property")?.Text != "exec"
            || AsRegex(callee.ChildByField("object")!.Value) is not { Global: true } regex || Arguments(call) is not [var text]
            || node.ChildByField("body")!.Value.Text.Contains("lastIndex", StringComparison.Ordinal))
        {
            return null;
        }
        var subject = Lower(text);
        if (!IsPure(subject.Py))
        {
            return null;
        }
        ctx.Helpers.Add(JsRuntime.Match);
        ctx.Assign(target.Text, JsType.MatchArray);
        var name = new PyName(JsContext.SafeName(target.Text));
        var m = new PyName("m");
        var matches = new PyComprehension(PyCall.Of(JsRuntime.MatchClass, m), m, ReCall("finditer", regex, subject.Py), Generator: true);
        ctx.PushLoop([]);
        try
        {
            return [new PyFor(name, matches, LowerBlock(node.ChildByField("body"))), new PyAssign([name], PyConstant.None)];
        }
        finally
        {
            ctx.PopLoop();
        }
    }
}
