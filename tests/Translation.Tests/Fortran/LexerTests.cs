using CodeIntel.Translation.Fortran;
using CodeIntel.Translation.Fortran.Lexing;

namespace CodeIntel.Translation.Tests.Fortran;

public sealed class LexerTests
{
    [Fact]
    public void Tokenize_IntegerBeforeDotOperator_IsNotAReal()
    {
        var tokens = Lexer.Tokenize("IF (1.EQ.N) X = .5", 0);
        Assert.Equal(["if", "(", "1", "==", "n", ")", "x", "=", ".5", ""], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.IntegerLiteral, tokens[2].Kind);
        Assert.Equal(TokenKind.RealLiteral, tokens[8].Kind);
    }

    [Theory]
    [InlineData("1.0d0", "8")]
    [InlineData("2.5_dp", "dp")]
    [InlineData("3.0", null)]
    [InlineData("1e-3", null)]
    public void Tokenize_RealLiteral_CarriesItsKind(string text, string? kind)
    {
        var token = Lexer.Tokenize(text, 0)[0];
        Assert.Equal(TokenKind.RealLiteral, token.Kind);
        Assert.Equal(kind, token.KindSuffix);
    }

    [Fact]
    public void Tokenize_DoubledQuote_IsOneQuoteInTheString()
    {
        var token = Lexer.Tokenize("'it''s'", 0)[0];
        Assert.Equal("it's", token.Text);
    }

    [Fact]
    public void Tokenize_UnterminatedString_NamesTheLine()
    {
        var ex = Assert.Throws<FortranSyntaxException>(() => Lexer.Tokenize("print *, 'oops", 41));
        Assert.Equal(41, ex.Line);
        Assert.Contains("line 42", ex.Message);
    }
}
