using System.Globalization;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// C#'s <c>decimal</c> as Python's <c>decimal.Decimal</c>: a literal keeps its digits (<c>2.80m</c> is
/// <c>Decimal("2.80")</c>, which prints <c>2.80</c> as C# does), arithmetic keeps the scale C# keeps, and division
/// rounds to 28 significant digits. Ints mix with Decimals in Python as they convert in C#; a double converts
/// through its 15 significant digits, as <c>(decimal)x</c> does.
/// </summary>
internal sealed partial class CSharpLowering
{
    private static bool IsDecimal(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? IsDecimal(nullable.TypeArguments[0]) : type?.SpecialType == SpecialType.System_Decimal;

    private PyExpression DecimalLiteral(decimal value) =>
        new PyCall(Imported("decimal", "Decimal"), [new PyString(value.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>A value converted to decimal: a double through its 15 significant digits, an int or a string as it is.</summary>
    private PyExpression ToDecimal(PyExpression value, CsKind from) => from switch
    {
        CsKind.Float => new PyCall(Imported("decimal", "Decimal"), [Py.Call("format", value, new PyString(".15g"))]),
        CsKind.Char => new PyCall(Imported("decimal", "Decimal"), [Ord(value)]),
        _ => new PyCall(Imported("decimal", "Decimal"), [value]),
    };

    /// <summary>
    /// A decimal shown with a fixed number of decimals (<c>F2</c>, <c>N2</c>, <c>0.00</c>): .NET rounds the
    /// midpoint away from zero (439.125 shows 439.13), Python's format to even, so the value is rounded first.
    /// </summary>
    private PyExpression RoundedForFormat(ExpressionSyntax value, string? csSpec, PyExpression lowered)
    {
        if (csSpec is null || !IsDecimal(TypeOf(value)) || FormatSpecText(csSpec) is not { } spec || FixedDecimals().Match(spec) is not { Success: true } match)
        {
            return lowered;
        }
        return new PyCall(Helper(CSharpHelpers.RoundAway), [lowered, Py.Number(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))]);
    }

    [GeneratedRegex("^,?\\.([0-9]+)f$")]
    private static partial Regex FixedDecimals();

    /// <summary>Whether decimal.TryParse parses as its default, NumberStyles.Number (no styles given, or Number itself).</summary>
    private bool IsNumberStyle(LibraryCall call) => call.Syntax.ArgumentList.Arguments.All(a =>
        TypeOf(a.Expression)?.Name != "NumberStyles" || SymbolOf(a.Expression) is IFieldSymbol { Name: "Number" });
}
