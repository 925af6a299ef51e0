namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>
/// Real token ids for feeding the model in graph tests: the independent <see cref="ReferenceWordPiece"/> with the
/// product's truncation ([CLS] pieces [SEP], at most <c>maxTokens</c> ids).
/// </summary>
internal sealed class WordPiece(string vocabPath)
{
    private readonly ReferenceWordPiece _reference = new(vocabPath);

    public long[] Encode(string text, int maxTokens = 128)
    {
        var ids = _reference.Encode(text);
        if (ids.Count <= maxTokens)
        {
            return [.. ids];
        }
        return [.. ids.Take(maxTokens - 1), ids[^1]];
    }
}
