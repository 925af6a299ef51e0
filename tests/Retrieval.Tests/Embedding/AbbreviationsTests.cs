using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("def to_num(s: str) -> float:", "def to_num number(s: str string) -> float:")]
    [InlineData("var idx = Cfg.Load();", "var idx index = Cfg configuration.Load();")]
    [InlineData("int count; bool done; char c;", "int count; bool done; char c;")]
    [InlineData("a string of chars", "a string of chars characters")]
    [InlineData("strength stride", "strength stride")]
    [InlineData("utf8 idx2 2d", "utf8 idx2 2d")]
    [InlineData("if (x > y) sqrt(abs(x))", "if (x > y) sqrt square root(abs absolute(x))")]
    public void Expand_WholeAbbreviation_IsFollowedByItsWords(string text, string expected) =>
        Assert.Equal(expected, Abbreviations.Expand(text));

    [Fact]
    public void Expand_AfterSplittingIdentifiers_ReachesAbbreviationsInsideNames() =>
        Assert.Equal("parse Str string At pos position", Abbreviations.Expand(IdentifierWords.Split("parseStrAt_pos")));

    [Fact]
    public void LexicalTerms_OfAnAbbreviation_IncludeItsWords_SoTheEnglishQueryMatches()
    {
        var code = CodeAnalyzer.Terms("def to_num(s: str): return float(s)");
        var query = CodeAnalyzer.QueryTerms("convert a string to a number");

        Assert.Contains("str", code);
        Assert.Contains("string", code);
        Assert.Contains("number", code);
        Assert.Equal(["convert", "string", "number"], query);
    }
}
