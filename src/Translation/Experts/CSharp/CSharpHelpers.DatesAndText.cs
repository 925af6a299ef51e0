using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>The helpers behind DateOnly.TryParseExact and a null-safe string equality ignoring case.</summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>try_parse_date(s, pattern, y, m, d)</c>: (True, date) or (False, date.min), as DateOnly.TryParseExact with DateTimeStyles.None.</summary>
    public const string TryParseDate = "try_parse_date";

    /// <summary><c>equals_ignore_case(a, b)</c>: string.Equals with OrdinalIgnoreCase, where null equals only null.</summary>
    public const string EqualsIgnoreCase = "equals_ignore_case";

    // def equals_ignore_case(a, b): return a == b if a is None or b is None else a.upper() == b.upper()
    private static PyFunctionDef EqualsIgnoreCaseDefinition()
    {
        var (a, b) = (Py.Name("a"), Py.Name("b"));
        return new PyFunctionDef(EqualsIgnoreCase, [new("a"), new("b")],
        [
            new PyReturn(new PyConditional(
                new PyBoolean(Py.Compare(a, PyCompareOperator.Is, PyConstant.None), PyBooleanOperator.Or, Py.Compare(b, PyCompareOperator.Is, PyConstant.None)),
                Py.Compare(a, PyCompareOperator.Equal, b),
                Py.Compare(Py.Method(a, "upper"), PyCompareOperator.Equal, Py.Method(b, "upper")))),
        ]);
    }

    /// <summary>
    /// <code>
    /// def try_parse_date(s, pattern, y, m, d):
    ///     match = re.fullmatch(pattern, s) if s is not None else None
    ///     if match is not None:
    ///         try:
    ///             return (True, datetime.date(int(match.group(y)), int(match.group(m)), int(match.group(d))))
    ///         except ValueError:
    ///             pass
    ///     return (False, datetime.date.min)
    /// </code>
    /// (a date that does not exist, 2024-02-30, fails as in .NET).
    /// </summary>
    private static PyFunctionDef TryParseDateDefinition()
    {
        var match = Py.Name("match");
        PyExpression Part(string group) => Py.Call("int", Py.Method(match, "group", Py.Name(group)));
        return new PyFunctionDef(TryParseDate, [new("s"), new("pattern"), new("y"), new("m"), new("d")],
        [
            new PyAssign([match], new PyConditional(Py.Compare(S, PyCompareOperator.IsNot, PyConstant.None),
                Py.Call("re.fullmatch", Py.Name("pattern"), S), PyConstant.None)),
            new PyIf(Py.Compare(match, PyCompareOperator.IsNot, PyConstant.None),
            [
                new PyTry(
                    [new PyReturn(new PyTuple([PyConstant.True, Py.Call("datetime.date", Part("y"), Part("m"), Part("d"))]))],
                    [new PyExceptHandler(Py.Name("ValueError"), null, [new PyPass()])],
                    []),
            ], []),
            new PyReturn(new PyTuple([PyConstant.False, new PyMember(Py.Name("datetime.date"), "min")])),
        ]);
    }
}
