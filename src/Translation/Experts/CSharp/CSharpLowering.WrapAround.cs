using System.Numerics;
using CodeIntel.Translation.Experts.CFamily;
using CodeIntel.Translation.Python.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>
/// Where integer arithmetic wraps as C#'s does: <c>uint</c> and <c>ulong</c> outside <c>checked</c>, and <c>int</c>
/// and <c>long</c> inside <c>unchecked(...)</c> or an <c>unchecked { }</c> block, where the program says it relies on
/// wrap-around (a hash: <c>unchecked(h * 31 + c)</c>). <c>byte</c>, <c>sbyte</c>, <c>short</c> and <c>ushort</c> wrap outside
/// <c>checked</c> too: they are only ever narrowed by a cast or a compound assignment, which C# truncates. Elsewhere a
/// signed value stays exact (README, "Integer overflow").
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
        var (half, width, always) = type?.SpecialType switch
        {
            SpecialType.System_Byte => (null, "0xFF", true),
            SpecialType.System_UInt16 => (null, "0xFFFF", true),
            SpecialType.System_SByte => ("0x80", "0xFF", true),
            SpecialType.System_Int16 => ("0x8000", "0xFFFF", true),
            SpecialType.System_Int32 => ("0x80000000", "0xFFFFFFFF", false),
            SpecialType.System_Int64 => ("0x8000000000000000", "0xFFFFFFFFFFFFFFFF", false),
            _ => (null, null, false),
        };
        if (width is null || !always && !IsUnchecked(node))
        {
            return null;
        }
        if (half is null)
        {
            return value => Py.Binary(value, PyBinaryOperator.BitAnd, new PyNumber(width));
        }
        // (v + 2**31 & 0xFFFFFFFF) - 2**31: the two's complement value of the low 32 bits.
        return value => Py.Binary(
            Py.Binary(Py.Binary(value, PyBinaryOperator.Add, new PyNumber(half)), PyBinaryOperator.BitAnd, new PyNumber(width)),
            PyBinaryOperator.Subtract, new PyNumber(half));
    }

    /// <summary>
    /// An integer cast whose value may not fit the target: <c>(uint)n</c> and <c>(byte)n</c> wrap outside <c>checked</c>,
    /// <c>(int)someLong</c> inside <c>unchecked</c>, as in C#; null where the value is kept (it fits, or the program did not ask for the wrap).
    /// </summary>
    private PyExpression? WrapCast(CastExpressionSyntax cast, ITypeSymbol? to, PyExpression value)
    {
        if (Range(TypeOf(cast.Expression)) is not { } from || Range(to) is not { } target)
        {
            return null;
        }
        if (_model.GetConstantValue(cast.Expression, _cancellationToken) is { HasValue: true, Value: IConvertible constant })
        {
            // (uint)5: the constant itself, when it fits.
            from.Low = from.High = new BigInteger(constant.ToDecimal(System.Globalization.CultureInfo.InvariantCulture));
        }
        return (from.Low < target.Low || from.High > target.High) && WrapAround(to, cast) is { } wrap ? wrap(value) : null;
    }

    private static (BigInteger Low, BigInteger High)? Range(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
        SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
        SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
        SpecialType.System_UInt64 => (ulong.MinValue, ulong.MaxValue),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
        SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
        SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
        _ => null,
    };

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
