using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>The helpers behind DateOnly.TryParseExact, a null-safe string equality ignoring case and the text of a [Flags] enum.</summary>
internal static partial class CSharpHelpers
{
    /// <summary><c>try_parse_date(s, pattern, y, m, d)</c>: (True, date) or (False, date.min), as DateOnly.TryParseExact with DateTimeStyles.None.</summary>
    public const string TryParseDate = "try_parse_date";

    /// <summary><c>cs_add_months(d, n)</c>: DateOnly.AddMonths, the day kept or, past the new month's end, its last day (Jan 31 + 1 month is Feb 28).</summary>
    public const string AddMonths = "cs_add_months";

    /// <summary><c>equals_ignore_case(a, b)</c>: string.Equals with OrdinalIgnoreCase, where null equals only null.</summary>
    public const string EqualsIgnoreCase = "equals_ignore_case";

    /// <summary><c>flags_name(value)</c>: a [Flags] enum value as .NET's ToString writes it.</summary>
    public const string FlagsName = "flags_name";

    /// <summary><c>DayOfWeek</c>: System.DayOfWeek as an IntEnum, Sunday = 0 to Saturday = 6, printed by name.</summary>
    public const string DayOfWeek = "DayOfWeek";

    /// <summary>The days of System.DayOfWeek in value order.</summary>
    public static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    // class DayOfWeek(enum.IntEnum): Sunday = 0 ... Saturday = 6
    private static PyClassDef DayOfWeekDefinition() => new(DayOfWeek, [Py.Name("enum.IntEnum")],
        [.. DayNames.Select((day, i) => (PyStatement)new PyAssign([Py.Name(day)], Py.Number(i)))]);

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
    /// def cs_add_months(d, n):
    ///     y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    ///     return datetime.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
    /// </code>
    /// (a year outside 1 to 9999 raises ValueError where .NET throws ArgumentOutOfRangeException).
    /// </summary>
    private static PyFunctionDef AddMonthsDefinition()
    {
        var (d, y, m) = (Py.Name("d"), Py.Name("y"), Py.Name("m"));
        var months = Py.Binary(Py.Binary(Py.Binary(Py.Binary(new PyMember(d, "year"), PyBinaryOperator.Multiply, Py.Number(12)), PyBinaryOperator.Add, new PyMember(d, "month")),
            PyBinaryOperator.Subtract, Py.Number(1)), PyBinaryOperator.Add, Py.Name("n"));
        var month = Py.Binary(m, PyBinaryOperator.Add, Py.Number(1));
        var lastDay = new PySubscript(new PyCall(new PyMember(Py.Name("calendar"), "monthrange"), [y, month]), Py.Number(1));
        return new PyFunctionDef(AddMonths, [new("d"), new("n")],
        [
            new PyAssign([new PyTuple([y, m])], Py.Call("divmod", months, Py.Number(12))),
            new PyReturn(new PyCall(new PyMember(Py.Name("datetime"), "date"), [y, month, Py.Call("min", new PyMember(d, "day"), lastDay)])),
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

    /// <summary>
    /// <code>
    /// def flags_name(value):
    ///     members = sorted(type(value).__members__.values(), key=int, reverse=True)
    ///     for member in members:
    ///         if int(member) == int(value):
    ///             return member.name
    ///     rest = int(value)
    ///     names = []
    ///     for member in members:
    ///         if int(member) != 0 and int(member) &amp; rest == int(member):
    ///             names.insert(0, member.name)
    ///             rest -= int(member)
    ///     return ", ".join(names) if names and rest == 0 else str(int(value))
    /// </code>
    /// .NET's algorithm: a defined value prints its name; otherwise the members are taken from the highest down while
    /// their bits remain, and the names join in ascending order; bits no member covers print the number. Python's
    /// IntFlag names combinations with <c>|</c> and ignores multi-bit members.
    /// </summary>
    private static PyFunctionDef FlagsNameDefinition()
    {
        var (value, member, members, rest, names) = (Py.Name("value"), Py.Name("member"), Py.Name("members"), Py.Name("rest"), Py.Name("names"));
        var number = Py.Call("int", member);
        return new PyFunctionDef(FlagsName, [new("value")],
        [
            new PyAssign([members], new PyCall(Py.Name("sorted"), [Py.Method(new PyMember(Py.Call("type", value), "__members__"), "values")],
                [new PyKeyword("key", Py.Name("int")), new PyKeyword("reverse", PyConstant.True)])),
            new PyFor(member, members, [new PyIf(Py.Compare(number, PyCompareOperator.Equal, Py.Call("int", value)), [new PyReturn(new PyMember(member, "name"))], [])]),
            new PyAssign([rest], Py.Call("int", value)),
            new PyAssign([names], new PyList([])),
            new PyFor(member, members,
            [
                new PyIf(new PyBoolean(Py.Compare(number, PyCompareOperator.NotEqual, Py.Number(0)), PyBooleanOperator.And,
                    Py.Compare(Py.Binary(number, PyBinaryOperator.BitAnd, rest), PyCompareOperator.Equal, number)),
                [
                    new PyExpressionStatement(Py.Method(names, "insert", Py.Number(0), new PyMember(member, "name"))),
                    new PyAugmentedAssign(rest, PyBinaryOperator.Subtract, number),
                ], []),
            ]),
            new PyReturn(new PyConditional(new PyBoolean(names, PyBooleanOperator.And, Py.Compare(rest, PyCompareOperator.Equal, Py.Number(0))),
                Py.Method(new PyString(", "), "join", names), Py.Call("str", Py.Call("int", value)))),
        ]);
    }
}
