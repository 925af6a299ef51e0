using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// System.Text.RegularExpressions as Python's <c>re</c>: a <c>Regex</c> is a compiled pattern, a <c>Match</c> is
/// an <c>re.Match</c> or None when it failed (so <c>Success</c> is <c>is not None</c>), a <c>MatchCollection</c>
/// is the list of <c>finditer</c>'s matches. Patterns and replacements must be constants: they are rewritten into
/// Python's dialect (<see cref="CSharpRegexPatterns"/>) or reported where the dialects differ.
/// </summary>
internal sealed partial class CSharpLowering
{
    private const string RegexNamespace = "System.Text.RegularExpressions.";

    private static bool IsRegexType(ITypeSymbol? type, string name) => type is not null && FullName(type) == RegexNamespace + name;

    /// <summary>Regex's static methods: the pattern (and options) first become Python's, then the call.</summary>
    private PyExpression? LowerRegexStatic(LibraryCall call)
    {
        if (call is { Name: "Escape", Count: 1 })
        {
            return new PyCall(new PyMember(ModuleName("re"), "escape"), [Arg(call, 0)]);
        }
        var options = call.Count > 2 && TypeOf(call.Arguments[^1])?.Name == "RegexOptions" ? call.Arguments[^1] : null;
        var plain = call.Count - (options is null ? 0 : 1);
        if (call.Count < 2 || plain != (call.Name == "Replace" ? 3 : 2))
        {
            return null;
        }
        var compiled = new PyCall(new PyMember(ModuleName("re"), "compile"), [RegexPattern(call.Arguments[1]), .. RegexFlags(options)]);
        return RegexMethod(call, compiled, input: call.Arguments[0], rest: [.. call.Arguments.Skip(2).Take(plain - 2)]);
    }

    /// <summary>A Regex instance's methods (the receiver is the compiled pattern).</summary>
    private PyExpression? LowerRegexInstance(LibraryCall call, PyExpression receiver, ITypeSymbol? receiverType)
    {
        if (IsRegexType(receiverType, "Regex") && call.Count >= 1)
        {
            return RegexMethod(call, receiver, input: call.Arguments[0], rest: [.. call.Arguments.Skip(1)]);
        }
        return (IsRegexType(receiverType, "Match") || IsRegexType(receiverType, "Group")) && call is { Name: "ToString", Count: 0 }
            ? RegexMember(receiver, null, "Value") : null;
    }

    private PyExpression? RegexMethod(LibraryCall call, PyExpression regex, ExpressionSyntax input, List<ExpressionSyntax> rest) => (call.Name, rest.Count) switch
    {
        ("IsMatch", 0) => Py.Compare(Py.Method(regex, "search", Lower(input)), PyCompareOperator.IsNot, PyConstant.None),
        ("Match", 0) => Py.Method(regex, "search", Lower(input)),
        ("Matches", 0) => Py.Call("list", Py.Method(regex, "finditer", Lower(input))),
        ("Split", 0) => Py.Method(regex, "split", Lower(input)),
        ("Replace", 1) => Py.Method(regex, "sub", RegexReplacement(rest[0]), Lower(input)),
        _ => null,
    };

    /// <summary><c>new Regex(pattern[, options])</c>: the compiled Python pattern.</summary>
    private PyExpression? LowerRegexCreation(ITypeSymbol? type, List<ExpressionSyntax> arguments)
    {
        if (!IsRegexType(type, "Regex"))
        {
            return null;
        }
        if (arguments.Count is 0 or > 2 || arguments.Count == 2 && TypeOf(arguments[1])?.Name != "RegexOptions")
        {
            throw Unsupported(arguments.FirstOrDefault() ?? throw new InvalidOperationException("a Regex needs a pattern"), "this Regex constructor is not translated");
        }
        return new PyCall(new PyMember(ModuleName("re"), "compile"), [RegexPattern(arguments[0]), .. RegexFlags(arguments.ElementAtOrDefault(1))]);
    }

    private PyString RegexPattern(ExpressionSyntax pattern)
    {
        if (_model.GetConstantValue(pattern, _cancellationToken).Value is not string text)
        {
            throw Unsupported(pattern, "a regular expression that is not a constant is not translated (.NET and Python patterns differ)");
        }
        var (python, problem) = CSharpRegexPatterns.Pattern(text);
        return python is not null ? new PyString(python)
            : throw Unsupported(pattern, $"the regular expression uses {problem}, which Python's re does not match the same way");
    }

    private IEnumerable<PyExpression> RegexFlags(ExpressionSyntax? options)
    {
        if (options is null)
        {
            return [];
        }
        if (_model.GetConstantValue(options, _cancellationToken).Value is not int value)
        {
            throw Unsupported(options, "RegexOptions that are not a constant are not translated");
        }
        var (flags, problem) = CSharpRegexPatterns.Flags(value);
        if (problem is not null)
        {
            throw Unsupported(options, $"{problem} is not translated (Python's re has no such mode)");
        }
        var re = ModuleName("re");
        return flags.Count == 0 ? [] : [flags.Select(f => (PyExpression)new PyMember(re, f)).Aggregate((a, b) => Py.Binary(a, PyBinaryOperator.BitOr, b))];
    }

    /// <summary>A replacement: a constant string rewritten into Python's syntax, or a MatchEvaluator (a function of the match).</summary>
    private PyExpression RegexReplacement(ExpressionSyntax replacement)
    {
        if (KindOf(replacement) != CsKind.String)
        {
            return Lower(replacement);
        }
        if (_model.GetConstantValue(replacement, _cancellationToken).Value is not string text)
        {
            throw Unsupported(replacement, "a regular-expression replacement that is not a constant is not translated ($ and \\ differ in Python)");
        }
        var (python, problem) = CSharpRegexPatterns.Replacement(text);
        return python is not null ? new PyString(python) : throw Unsupported(replacement, $"the replacement uses {problem}, which Python's re has no equivalent for");
    }

    /// <summary>
    /// Members of matches, groups and collections (<c>m.Value</c>, <c>m.Groups[1].Value</c>, <c>m.Groups["name"].Index</c>,
    /// <c>matches.Count</c>); null when the member is none of theirs.
    /// </summary>
    private PyExpression? LowerRegexMember(MemberAccessExpressionSyntax member, ISymbol? symbol)
    {
        if (symbol is not IPropertySymbol { IsStatic: false } property || !FullName(property.ContainingType).StartsWith(RegexNamespace, StringComparison.Ordinal))
        {
            return null;
        }
        var owner = TypeOf(member.Expression);
        if (property.Name == "Count" && (IsRegexType(owner, "MatchCollection") || IsRegexType(owner, "GroupCollection")))
        {
            return IsRegexType(owner, "MatchCollection") ? Py.Length(Lower(member.Expression))
                : member.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Groups" } groups
                    ? Py.Binary(new PyMember(new PyMember(Lower(groups.Expression), "re"), "groups"), PyBinaryOperator.Add, Py.Number(1))
                    : throw Unsupported(member, "a GroupCollection kept as a value is not translated");
        }
        if (member.Expression is ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Groups" } groupsOf, ArgumentList.Arguments: [var key] }
            && IsRegexType(TypeOf(groupsOf), "GroupCollection"))
        {
            return RegexMember(Lower(groupsOf.Expression), Lower(key.Expression), property.Name) ?? throw Unsupported(member, $"Group.{property.Name} is not translated");
        }
        if (IsRegexType(owner, "Match"))
        {
            return RegexMember(Lower(member.Expression), null, property.Name) ?? throw Unsupported(member, $"Match.{property.Name} is not translated");
        }
        throw Unsupported(member, $"{property.ToDisplayString()} is not translated (only a Match's and its Groups[k]'s Value, Index, Length and Success are)");
    }

    /// <summary>A member of a match (<paramref name="group"/> null) or of one of its groups; .NET gives "" for a group that took no part.</summary>
    private static PyExpression? RegexMember(PyExpression match, PyExpression? group, string name)
    {
        PyExpression[] key = group is null ? [] : [group];
        var text = group is null ? Py.Method(match, "group", key) : (PyExpression)new PyBoolean(Py.Method(match, "group", key), PyBooleanOperator.Or, new PyString(string.Empty));
        return name switch
        {
            "Value" => text,
            "Index" => Py.Method(match, "start", key),
            "Length" => Py.Length(text),
            "Success" => Py.Compare(group is null ? match : Py.Method(match, "group", key), PyCompareOperator.IsNot, PyConstant.None),
            _ => null,
        };
    }
}
