using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// System.DateOnly as Python's datetime.date (both proleptic Gregorian, years 1 to 9999, ordered and hashable):
/// construction, Year/Month/Day/DayOfYear, DayNumber (days since 0001-01-01, <c>toordinal() - 1</c>), AddDays,
/// AddMonths and AddYears (the day clamped to the month's last, as .NET does), type tests,
/// CompareTo, MinValue/MaxValue, ToString and format holes in the invariant culture (<see cref="CSharpDateFormats"/>),
/// and TryParseExact with DateTimeStyles.None.
/// </summary>
internal sealed partial class CSharpLowering
{
    private static bool IsDateOnly(ITypeSymbol? type) => Classify(type) == CsKind.Date;

    /// <summary>The type a <c>T?</c> of a value type holds; other types as they are.</summary>
    private static ITypeSymbol? NonNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [var held] } ? held : type;

    private PyExpression DateModule(string member) => new PyMember(new PyMember(ModuleName("datetime"), "date"), member);

    private PyExpression CreateDate(BaseObjectCreationExpressionSyntax creation, IReadOnlyList<ExpressionSyntax> arguments) => arguments.Count switch
    {
        0 => DateModule("min"), // default(DateOnly) is 0001-01-01
        3 when arguments.All(a => KindOf(a) == CsKind.Int) => new PyCall(new PyMember(ModuleName("datetime"), "date"), [.. arguments.Select(Lower)]),
        _ => throw Unsupported(creation, "creating a DateOnly from other than a year, month and day is not translated"),
    };

    /// <summary>A date as text, as ToString(format) prints it in the invariant culture; "d" (MM/dd/yyyy) is ToString().</summary>
    private static PyExpression DateText(PyExpression date, string format, SyntaxNode where) =>
        CSharpDateFormats.Template(format) is { } template
            ? Py.Method(new PyString(template), "format", date)
            : throw Unsupported(where, $"the date format '{format}' is not translated");

    private static PyExpression? DateMember(string name, PyExpression date) => name switch
    {
        "Year" or "Month" or "Day" => new PyMember(date, name.ToLowerInvariant()),
        "DayNumber" => Py.Binary(Py.Method(date, "toordinal"), PyBinaryOperator.Subtract, Py.Number(1)),
        "DayOfYear" => new PyMember(Py.Method(date, "timetuple"), "tm_yday"),
        _ => null,
    };

    private PyExpression? LowerDateMethod(LibraryCall call, PyExpression date) => (call.Name, call.Count) switch
    {
        ("AddDays", 1) => Py.Binary(date, PyBinaryOperator.Add,
            new PyCall(new PyMember(ModuleName("datetime"), "timedelta"), [], [new PyKeyword("days", Arg(call, 0))])),
        ("AddMonths", 1) => new PyCall(Helper(CSharpHelpers.AddMonths), [date, Arg(call, 0)]),
        ("AddYears", 1) => new PyCall(Helper(CSharpHelpers.AddMonths), [date, Py.Binary(Arg(call, 0), PyBinaryOperator.Multiply, Py.Number(12))]),
        ("ToString", 0) => DateText(date, "d", call.Syntax),
        ("ToString", 1) when _model.GetConstantValue(call.Arguments[0], _cancellationToken).Value is string format => DateText(date, format, call.Syntax),
        _ => null,
    };

    private PyExpression? LowerDateStatic(LibraryCall call)
    {
        if (call is not { Name: "TryParseExact", Count: >= 3 } || call.Arguments[^1].Parent is not ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword }
            || !call.Arguments.Skip(2).SkipLast(1).All(a => SymbolOf(a) is IFieldSymbol { Name: "None", ContainingType.Name: "DateTimeStyles" }))
        {
            return null;
        }
        if (_model.GetConstantValue(call.Arguments[1], _cancellationToken).Value is not string format || CSharpDateFormats.ParsePattern(format) is not { } parse)
        {
            throw Unsupported(call.Syntax, "DateOnly.TryParseExact with this format is not translated");
        }
        var parsed = Temporary("parsed");
        var attempt = new PyCall(Helper(CSharpHelpers.TryParseDate),
            [Arg(call, 0), new PyString(parse.Pattern), Py.Number(parse.Year), Py.Number(parse.Month), Py.Number(parse.Day)]);
        var outArgument = call.Arguments[^1];
        if (EvaluatedUnconditionally(call.Syntax))
        {
            Hoist(call.Syntax, new PyAssign([new PyTuple([Py.Name(parsed), LowerOutTarget(outArgument)])], attempt));
            return Py.Name(parsed);
        }
        return OutIdiom(call.Syntax, outArgument, [(parsed, attempt)], new PySubscript(Py.Name(parsed), Py.Number(1)), new PySubscript(Py.Name(parsed), Py.Number(0)));
    }
}
