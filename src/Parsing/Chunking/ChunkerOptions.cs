namespace CodeIntel.Parsing.Chunking;

/// <summary>Options of the <see cref="SourceChunker"/>.</summary>
public sealed class ChunkerOptions
{
    /// <summary>Largest chunk in model tokens. Default 512, the window of most code-embedding encoders.</summary>
    public int MaxTokens { get; init; } = 512;

    /// <summary>Lines shared by consecutive windows when a unit has to be cut by lines. Default 3.</summary>
    public int OverlapLines { get; init; } = 3;

    /// <summary>Counts model tokens; the embedder supplies its tokenizer. Default <see cref="HeuristicTokenCounter"/>.</summary>
    public ITokenCounter TokenCounter { get; init; } = new HeuristicTokenCounter();

    /// <summary>Checks the options, throwing with the name of the bad one.</summary>
    public ChunkerOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTokens, 16, nameof(MaxTokens));
        ArgumentOutOfRangeException.ThrowIfNegative(OverlapLines, nameof(OverlapLines));
        ArgumentNullException.ThrowIfNull(TokenCounter, nameof(TokenCounter));
        return this;
    }
}
