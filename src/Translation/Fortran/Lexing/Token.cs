namespace CodeIntel.Translation.Fortran.Lexing;

/// <summary>
/// A lexeme of one logical line. Identifiers are lower-cased (Fortran is case-insensitive); <see cref="Kind"/> of a
/// literal is its kind suffix (<c>1.0d0</c> is 8, <c>1_8</c> is 8, <c>1.0_dp</c> keeps <c>dp</c>), or null.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, int Column, string? KindSuffix = null)
{
    public bool Is(string op) => Kind is TokenKind.Operator or TokenKind.Identifier && Text == op;

    public override string ToString() => Text;
}
