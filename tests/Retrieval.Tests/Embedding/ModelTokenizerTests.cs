using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

[Collection(MiniLmGroup.Name)]
public sealed class ModelTokenizerTests(MiniLmFixture model)
{
    private const long Cls = 101;
    private const long Sep = 102;

    [Fact]
    public void CountTokens_Snippets_EqualsTokenizerIdsMinusSpecials()
    {
        var reference = new ReferenceWordPiece(Path.Combine(model.ModelDirectory, "vocab.txt"));

        foreach (var snippet in CodeSnippets.Tricky)
        {
            // The default profile splits identifiers into words and expands abbreviations before tokenizing.
            Assert.Equal(reference.Encode(Abbreviations.Expand(IdentifierWords.Split(snippet))).Count - 2, model.Embedder.Tokens.CountTokens(snippet));
        }
    }

    [Fact]
    public void CountTokens_TextLongerThanTheModelLimit_CountsEveryToken()
    {
        var text = string.Join(' ', Enumerable.Repeat("token", 1000));

        Assert.Equal(1000, model.Embedder.Tokens.CountTokens(text));
    }

    [Fact]
    public void Encode_TextLongerThanTheModelLimit_KeepsTheStartAndTheClosingSeparator()
    {
        using var tokenizer = ModelTokenizer.Open(Path.Combine(model.ModelDirectory, "tokenizer.json"), 16);
        var words = Enumerable.Range(0, 40).Select(i => i.ToString()).ToArray();

        var ids = tokenizer.Encode(string.Join(' ', words));
        var untruncated = tokenizer.Encode(string.Join(' ', words[..14]));

        Assert.Equal(16, ids.Length);
        Assert.Equal(Cls, ids[0]);
        Assert.Equal(Sep, ids[^1]);
        Assert.Equal(untruncated, ids);
    }

    [Fact]
    public void Encode_SplittingIdentifiers_SeesTheWordsOfACamelCaseName()
    {
        var path = Path.Combine(model.ModelDirectory, "tokenizer.json");
        using var splitting = ModelTokenizer.Open(path, 64, splitIdentifiers: true);
        using var plain = ModelTokenizer.Open(path, 64);

        Assert.Equal(plain.Encode("get file name"), splitting.Encode("getFileName"));
        Assert.NotEqual(plain.Encode("get file name"), plain.Encode("getFileName"));
    }

    [Fact]
    public void Open_MissingTokenizerJson_SaysWhatToExport()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<EmbeddingModelException>(() => ModelTokenizer.Open(dir.PathOf("tokenizer.json"), 256));

        Assert.Contains("no tokenizer.json", error.Message);
    }
}
