namespace CodeIntel.Translation.Fortran.Lexing;

public enum TokenKind
{
    Identifier,
    IntegerLiteral,
    RealLiteral,
    StringLiteral,
    /// <summary>Punctuation and operators, dot operators normalised to their symbol (<c>.eq.</c> is <c>==</c>).</summary>
    Operator,
    /// <summary><c>.true.</c> or <c>.false.</c>, text is the lower-case word.</summary>
    Logical,
    End,
}
