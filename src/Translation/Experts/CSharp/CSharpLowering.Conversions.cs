using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// User-defined conversion operators (<c>public static implicit operator Fraction(long value)</c>): a static method
/// of the class, <c>from_Int64</c> (or <c>to_Double</c> for a conversion out of it), called wherever Roslyn applies
/// the conversion, implicitly (<c>Fraction f = 3;</c>, <c>total += long.Parse(s)</c>) or by a cast.
/// </summary>
internal sealed partial class CSharpLowering
{
    private PyFunctionDef LowerConversionOperator(ConversionOperatorDeclarationSyntax conversion, INamedTypeSymbol type)
    {
        var symbol = _model.GetDeclaredSymbol(conversion, _cancellationToken)!;
        var parameters = LowerParameters(conversion.ParameterList);
        var body = LowerFunctionBody(conversion.Body, conversion.ExpressionBody?.Expression, type, true, conversion.ParameterList.Parameters, returnsValue: true);
        return new PyFunctionDef(ConversionName(symbol), parameters, body, ["staticmethod"]);
    }

    private static string ConversionName(IMethodSymbol conversion) =>
        SymbolEqualityComparer.Default.Equals(conversion.ReturnType, conversion.ContainingType)
            ? "from_" + conversion.Parameters[0].Type.Name
            : "to_" + conversion.ReturnType.Name;

    /// <summary>The source's conversion operator C# applies to <paramref name="e"/> implicitly, if any.</summary>
    private IMethodSymbol? ImplicitUserConversion(ExpressionSyntax e) =>
        _model.GetConversion(e, _cancellationToken) is { IsUserDefined: true, MethodSymbol: { } method } && IsFromSource(method) ? method : null;

    /// <summary>The source's conversion operator a cast calls, if any.</summary>
    private IMethodSymbol? CastUserConversion(CastExpressionSyntax cast) =>
        _model.GetOperation(cast, _cancellationToken) is IConversionOperation { OperatorMethod: { } method } && IsFromSource(method) ? method : null;

    private PyExpression CallConversion(IMethodSymbol conversion, PyExpression value) =>
        new PyCall(new PyMember(Py.Name(NameOf(conversion.ContainingType)), ConversionName(conversion)), [value]);
}
