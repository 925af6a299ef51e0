using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class CodeAnalyzerTests
{
    [Theory]
    [InlineData("HttpClientFactory", "http client factory httpclientfactory")]
    [InlineData("XMLParser", "xml parser xmlparser")]
    [InlineData("retry_http_request", "retry http request retryhttprequest")]
    [InlineData("retry-http-request", "retry http request")]
    [InlineData("utf8", "utf 8 utf8")]
    [InlineData("parseJSON2Yaml", "parse json 2 yaml parsejson2yaml")]
    [InlineData("IOError", "io error ioerror")]
    [InlineData("__init__", "init initialize")]
    [InlineData("retry", "retry")]
    public void Analyze_Identifier_SplitsWordsAndKeepsWholeToken(string code, string expected) =>
        Assert.Equal(expected, CodeAnalyzer.Analyze(code));

    [Fact]
    public void Analyze_SingleLettersAndDigits_DropsLettersKeepsDigits() =>
        Assert.Equal("for 0 10 1", CodeAnalyzer.Analyze("for (i = 0; i < 10; i += 1) x"));

    [Fact]
    public void Analyze_Code_KeepsRepeatsForTermFrequency() =>
        Assert.Equal("total total value", CodeAnalyzer.Analyze("total = total + value;"));

    [Fact]
    public void Analyze_VeryLongToken_IsDropped()
    {
        var blob = new string('a', CodeAnalyzer.MaxTermLength + 1);
        Assert.Equal("key", CodeAnalyzer.Analyze($"key = \"{blob}\""));
    }

    [Fact]
    public void Analyze_NonAsciiIdentifier_IsLowerCasedAndSplit() =>
        Assert.Equal("größe berechnen größeberechnen", CodeAnalyzer.Analyze("GrößeBerechnen"));

    [Fact]
    public void QueryTerms_RepeatedAndSplitWords_AreDistinctInFirstSeenOrder() =>
        Assert.Equal(["retry", "http", "retryhttp", "request"], CodeAnalyzer.QueryTerms("retryHttp retry request http"));

    [Fact]
    public void QueryTerms_OnlyPunctuation_IsEmpty() => Assert.Empty(CodeAnalyzer.QueryTerms("(* \" ^ : - +)"));
}
