using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

public sealed class IdentifierWordsTests
{
    [Theory]
    [InlineData("getFileName()", "get File Name()")]
    [InlineData("HTTPServer", "HTTP Server")]
    [InlineData("parseXMLDocument", "parse XML Document")]
    [InlineData("max_doc_count = 1", "max doc count = 1")]
    [InlineData("utf8Decoder", "utf8Decoder")]
    [InlineData("base64", "base64")]
    [InlineData("__init__", "__init__")]
    [InlineData("0x1F", "0x1F")]
    public void Split_Identifiers_PutsSpacesBetweenTheirWords(string code, string expected)
    {
        Assert.Equal(expected, IdentifierWords.Split(code));
    }

    [Fact]
    public void Split_Prose_IsUnchanged()
    {
        const string prose = "Reads the whole file, line by line; returns null at the end.";

        Assert.Equal(prose, IdentifierWords.Split(prose));
    }
}
