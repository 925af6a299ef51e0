namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Counts model tokens. Chunk sizes are bounded in the embedding model's tokens, so the embedder supplies its
/// tokenizer through this seam; <see cref="HeuristicTokenCounter"/> stands in where none is given.
/// </summary>
public interface ITokenCounter
{
    int CountTokens(ReadOnlySpan<char> text);
}
