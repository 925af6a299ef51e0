using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Where integer arithmetic wraps as C#'s does: <c>uint</c> and <c>ulong</c> outside <c>checked</c>, and <c>int</c>
/// and <c>long</c> inside <c>unchecked(...)</c> or an <c>unchecked { }</c> block, where the program says it relies on
/// wrap-around (a hash: <c>unchecked(h * 31 + c)</c>). Elsewhere a signed value stays exact (README, "Integer overflow").
/// </summary>
internal sealed partial class CSharpLowering
{
    /// <summary>The wrap to the width of <paramref name="type"/> at <paramref name="node"/>, or null where the value stays exact.</summary>
    private static Func<PyExpression, PyExpression>? WrapAround(ITypeSymbol? type, SyntaxNode node)
    {
        if (IsChecked(node))
        {
            return null;
        }
        if (UnsignedMask(type) is { } mask)
        {
            return value => Py.Binary(value, PyBinaryOperator.BitAnd, new PyNumber(mask));
        }
        var (half, width) = type?.SpecialType switch
        {
            SpecialType.System_Int32 => ("0x80000000", "0xFFFFFFFF"),
            SpecialType.System_Int64 => ("0x8000000000000000", "0xFFFFFFFFFFFFFFFF"),
            _ => (null, null),
        };
        if (half is null || !IsUnchecked(node))
        {
            return null;
        }
        // (v + 2**31 & 0xFFFFFFFF) - 2**31: the two's complement value of the low 32 bits.
        return value => Py.Binary(
            Py.Binary(Py.Binary(value, PyBinaryOperator.Add, new PyNumber(half)), PyBinaryOperator.BitAnd, new PyNumber(width!)),
            PyBinaryOperator.Subtract, new PyNumber(half));
    }

    /// <summary>Whether <paramref name="node"/> stands inside <c>unchecked(...)</c> or an <c>unchecked { }</c> block of its own member.</summary>
    private static bool IsUnchecked(SyntaxNode node) => OverflowContext(node) == false;

    /// <summary>
    /// The nearest <c>checked</c> (true) or <c>unchecked</c> (false) expression or block around <paramref name="node"/>
    /// within its own member or lambda; null where there is none.
    /// </summary>
    private static bool? OverflowContext(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case CheckedExpressionSyntax expression:
                    return expression.IsKind(SyntaxKind.CheckedExpression);
                case CheckedStatementSyntax statement:
                    return statement.IsKind(SyntaxKind.CheckedStatement);
                case LambdaExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }
        return null;
    }
}
