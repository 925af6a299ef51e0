using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.JavaScript;

internal sealed partial class JsLowering
{
    /// <summary>
    /// A regex operand: a literal's pattern and Python flags, or a compiled regex held in a variable. A literal is a
    /// new object each time it is evaluated (<paramref name="Fresh"/>), so its lastIndex never carries over.
    /// </summary>
    private sealed record RegexOperand(PyExpression Pattern, PyExpression? Flags, bool Global, bool Fresh, string? Source, bool Sticky = false)
    {
        /// <summary>A global or sticky regex in a variable: a <c>JsRegExp</c> whose lastIndex carries over.</summary>
        public bool Stateful => !Fresh && (Global || Sticky);
    }

    /// <summary>
    /// A regex literal whose pattern means the same to Python's <c>re</c>: no lookbehind of varying width (Python's
    /// must be fixed), no unicode-set syntax, flags among g, i, m, s, y. Returns the pattern, the Python flags and the JavaScript flags.
    /// </summary>
    private (PyString Pattern, PyExpression? Flags, string JsFlags) Regex(SyntaxNode regex)
    {
        var pattern = regex.ChildByField("pattern")?.Text ?? string.Empty;
        var flags = regex.ChildByField("flags")?.Text ?? string.Empty;
        if (!JsRegexClasses.LookbehindsFixedWidth(pattern) || pattern.Contains("\\p{", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\\u(?![0-9A-Fa-f]{4})") || pattern.Contains("[^]", StringComparison.Ordinal)
            || !SupportedFlags(flags))
        {
            throw Unsupported(regex, "this regular expression (its syntax or flags differ in Python's re)");
        }
        ctx.Require("re");
        return (new PyString(JsRegexClasses.AsciiClasses(PythonNamedGroups(pattern))), PythonFlags(flags), flags);
    }

    /// <summary>Named groups in Python's spelling: <c>(?&lt;name&gt;…)</c> is <c>(?P&lt;name&gt;…)</c>, <c>\k&lt;name&gt;</c> is <c>(?P=name)</c>.</summary>
    private static string PythonNamedGroups(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(pattern, @"(?<!\\)\(\?<(?=[A-Za-z_$])", "(?P<"),
            @"\\k<([A-Za-z_$][\w$]*)>", "(?P=$1)");

    private static bool SupportedFlags(string flags) => flags.All(f => f is 'g' or 'i' or 'm' or 's' or 'y');

    /// <summary>re's flags for JavaScript's i, m and s (g and y are no flags in Python), or null when there are none.</summary>
    private static PyExpression? PythonFlags(string flags) =>
        flags.Where(f => f is 'i' or 'm' or 's').Select(f => (PyExpression)new PyName(f switch { 'i' => "re.I", 'm' => "re.M", _ => "re.S" }))
            .Aggregate((PyExpression?)null, (all, one) => all is null ? one : new PyBinary(all, PyBinaryOperator.BitOr, one));

    /// <summary>A regex literal used as a value: <c>re.compile(pattern, flags)</c>, whose kind remembers the g and y flags.</summary>
    private JsValue LowerRegexValue(SyntaxNode node)
    {
        var (pattern, flags, jsFlags) = Regex(node);
        return RegexValue(pattern, flags, jsFlags);
    }

    /// <summary>
    /// <c>re.compile(pattern, flags)</c>; a global or sticky regex is kept in a <c>JsRegExp</c>, which carries the
    /// lastIndex that <c>exec</c> and <c>test</c> resume from.
    /// </summary>
    private JsValue RegexValue(PyExpression pattern, PyExpression? flags, string jsFlags)
    {
        PyExpression compiled = new PyCall(new PyName("re.compile"), flags is null ? [pattern] : [pattern, flags]);
        var type = JsType.RegexOf(jsFlags);
        if (type.Class is not null)
        {
            ctx.Helpers.Add(JsRuntime.Match);
            ctx.Helpers.Add(JsRuntime.RegExp);
            compiled = new PyCall(new PyName(JsRuntime.RegExp), [compiled], jsFlags.Contains('y', StringComparison.Ordinal) ? [new PyKeyword("sticky", PyConstant.True)] : null);
        }
        return JsValue.Of(compiled, type);
    }

    /// <summary>
    /// <c>new RegExp(pattern, "gi")</c>: <c>re.compile</c> of the pattern with the literal flags. A pattern built at
    /// run time cannot be checked for syntax Python reads otherwise (README, "Known differences").
    /// </summary>
    private JsValue NewRegExp(List<SyntaxNode> arguments, SyntaxNode node)
    {
        var flags = arguments.Count > 1 ? arguments[1].Text[1..^1] : string.Empty;
        if (!SupportedFlags(flags))
        {
            throw Unsupported(node, "new RegExp with these flags");
        }
        ctx.Require("re");
        return RegexValue(Lower(arguments[0]).Py, PythonFlags(flags), flags);
    }

    /// <summary>The regex <paramref name="node"/> stands for: a literal, or a variable or field holding one; null otherwise.</summary>
    private RegexOperand? AsRegex(SyntaxNode node)
    {
        if (node.Type == "regex")
        {
            var (pattern, flags, jsFlags) = Regex(node);
            return new RegexOperand(pattern, flags, jsFlags.Contains('g', StringComparison.Ordinal), Fresh: true, pattern.Value, jsFlags.Contains('y', StringComparison.Ordinal));
        }
        if (node.Type is not ("identifier" or "member_expression"))
        {
            return null;
        }
        try
        {
            return Lower(node) is { Type.Kind: JsKind.Regex } value
                ? new RegexOperand(value.Py, null, value.Type.Class?.Contains('g', StringComparison.Ordinal) == true, Fresh: false, null, value.Type.Class?.Contains('y', StringComparison.Ordinal) == true)
                : null;
        }
        catch (UntranslatableException)
        {
            return null;
        }
    }

    private static List<PyKeyword> FlagKeywords(PyExpression? flags) => flags is null ? [] : [new PyKeyword("flags", flags)];

    /// <summary><c>re.search(pattern, s, flags=…)</c> for a literal, <c>pattern.search(s)</c> for a compiled regex in a variable.</summary>
    private static PyCall ReCall(string function, RegexOperand regex, PyExpression text, params PyKeyword[] keywords) => ReCall(function, regex, [text], keywords);

    private static PyCall ReCall(string function, RegexOperand regex, PyExpression[] arguments, params PyKeyword[] keywords) =>
        regex.Fresh
            ? new(new PyName("re." + function), [regex.Pattern, .. arguments], [.. keywords, .. FlagKeywords(regex.Flags)])
            : new(new PyMember(regex.Pattern, function), arguments, keywords);

    /// <summary>
    /// <c>re.test(s)</c> and <c>re.exec(s)</c>: a global or sticky regex in a variable resumes from its lastIndex
    /// (<c>JsRegExp</c>); a sticky literal matches at the start only.
    /// </summary>
    private JsValue RegexMethod(RegexOperand regex, string method, SyntaxNode argument, SyntaxNode node)
    {
        if (regex.Stateful)
        {
            var call = PyCall.Method(regex.Pattern, method, Lower(argument).Py);
            return JsValue.Of(call, method == "test" ? JsType.Bool : JsType.MatchArray);
        }
        var search = ReCall(regex.Sticky ? "match" : "search", regex, Lower(argument).Py);
        return method == "test"
            ? JsValue.Of(new PyCompare(search, PyCompareOperator.IsNot, PyConstant.None), JsType.Bool)
            : JsValue.Of(ctx.Helper(JsRuntime.Match, search), JsType.MatchArray);
    }

    /// <summary><c>s.replace(/re/g, …)</c>, <c>split</c>, <c>match</c>, <c>matchAll</c> and <c>search</c> with a regex.</summary>
    private JsValue RegexStringMethod(JsValue s, string method, RegexOperand regex, List<SyntaxNode> arguments, SyntaxNode node)
    {
        if (regex.Sticky)
        {
            throw Unsupported(node, $"{method} with a sticky regular expression");
        }
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
                return JsValue.Of(ReCall("sub", regex, [replacement, s.Py], all), JsType.String);
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
            else if (next == '<' && text.IndexOf('>', i) is > 0 and var close)
            {
                // $<name>: a named group.
                result.Append(@"\g<").Append(text[(i + 2)..close]).Append('>');
                i = close;
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
                case '(' when !inClass && (i + 1 == pattern.Length || pattern[i + 1] != '?'
                    || i + 3 < pattern.Length && pattern[i + 2] == '<' && pattern[i + 3] is not ('=' or '!')):
                    count++;
                    break;
            }
        }
        return count;
    }
}
