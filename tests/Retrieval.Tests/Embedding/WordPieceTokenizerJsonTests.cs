using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Tests.Embedding;

[Collection(MiniLmGroup.Name)]
public sealed class WordPieceTokenizerJsonTests(MiniLmFixture model)
{
    private readonly ReferenceWordPiece _reference = new(Path.Combine(model.ModelDirectory, "vocab.txt"));

    [Fact]
    public void GeneratedTokenizer_TrickySnippets_MatchesIndependentWordPiece()
    {
        using var tokenizer = ModelTokenizer.Open(Path.Combine(model.ModelDirectory, "tokenizer.json"), int.MaxValue);

        foreach (var snippet in CodeSnippets.Tricky)
        {
            Assert.Equal(_reference.Encode(snippet), tokenizer.Encode(snippet));
        }
    }

    [SkippableFact]
    public void GeneratedTokenizer_RealCSharpMethods_MatchesIndependentWordPiece()
    {
        var methods = CodeSnippets.SharedCSharp(300);
        Skip.If(methods.Count == 0, "shared/data/codexglue-java-cs is not on this machine");
        using var tokenizer = ModelTokenizer.Open(Path.Combine(model.ModelDirectory, "tokenizer.json"), int.MaxValue);

        foreach (var method in methods)
        {
            Assert.Equal(_reference.Encode(method), tokenizer.Encode(method));
        }
    }

    [Fact]
    public void Write_VocabularyWithoutSpecialTokens_IsRejected()
    {
        using var vocab = new MemoryStream("hello\nworld\n"u8.ToArray());

        var error = Assert.Throws<EmbeddingModelException>(() => WordPieceTokenizerJson.Write(vocab, new MemoryStream()));

        Assert.Contains("[PAD]", error.Message);
    }
}
