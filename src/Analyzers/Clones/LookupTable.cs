using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeIntel.Analyzers.Clones;

/// <summary>
/// Recognises a body that is only a table: a switch that maps constants to constants (<c>Op.Add =&gt; "+"</c>,
/// <c>case 1: return "one";</c>). Two such tables look alike once names and literals are abstracted, yet they share
/// no logic a developer could move into one member, so the clone rules leave them alone.
/// </summary>
internal static class LookupTable
{
    public static bool IsTable(SyntaxNode body) => Unwrap(body) switch
    {
        SwitchExpressionSyntax switchExpression => switchExpression.Arms.All(IsConstantArm),
        SwitchStatementSyntax switchStatement => switchStatement.Sections.All(IsConstantSection),
        _ => false,
    };

    /// <summary>The one switch an expression body or a one-statement block holds, or the body itself.</summary>
    private static SyntaxNode Unwrap(SyntaxNode body) => body switch
    {
        ArrowExpressionClauseSyntax arrow => arrow.Expression,
        BlockSyntax { Statements.Count: 1 } block => block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : block.Statements[0],
        _ => body,
    };

    private static bool IsConstantArm(SwitchExpressionArmSyntax arm) =>
        arm.WhenClause is null && IsConstantPattern(arm.Pattern) && IsConstant(arm.Expression);

    private static bool IsConstantPattern(PatternSyntax pattern) => pattern switch
    {
        DiscardPatternSyntax => true,
        ConstantPatternSyntax constant => IsConstant(constant.Expression),
        BinaryPatternSyntax binary => IsConstantPattern(binary.Left) && IsConstantPattern(binary.Right),
        ParenthesizedPatternSyntax parenthesized => IsConstantPattern(parenthesized.Pattern),
        _ => false,
    };

    private static bool IsConstantSection(SwitchSectionSyntax section) =>
        section.Labels.All(l => l is DefaultSwitchLabelSyntax || l is CaseSwitchLabelSyntax c && IsConstant(c.Value))
        && section.Statements.Count == 1
        && section.Statements[0] is ReturnStatementSyntax { Expression: { } value } && IsConstant(value);

    /// <summary>A literal, a (qualified) name such as an enum member or a constant, or a throw for the default.</summary>
    private static bool IsConstant(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax member => member.IsKind(SyntaxKind.SimpleMemberAccessExpression) && IsConstant(member.Expression),
        PrefixUnaryExpressionSyntax unary => unary.IsKind(SyntaxKind.UnaryMinusExpression) && unary.Operand is LiteralExpressionSyntax,
        ThrowExpressionSyntax => true,
        _ => false,
    };
}
