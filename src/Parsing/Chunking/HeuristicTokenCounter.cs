namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// An estimate of subword tokens for code, used when no model tokenizer is supplied: every punctuation
/// character is a token (as BERT-style pre-tokenizers split them), and a run of letters and digits costs one
/// token per started five characters (the usual size of a code subword). Whitespace is free.
/// It over-counts slightly compared with WordPiece on real code, which keeps chunks inside a model's window.
/// </summary>
public sealed class HeuristicTokenCounter : ITokenCounter
{
    private const int CharsPerWordPiece = 5;

    public int CountTokens(ReadOnlySpan<char> text)
    {
        var tokens = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                run++;
                continue;
            }
            tokens += (run + CharsPerWordPiece - 1) / CharsPerWordPiece;
            run = 0;
            if (!char.IsWhiteSpace(c))
            {
                tokens++;
            }
        }
        return tokens + (run + CharsPerWordPiece - 1) / CharsPerWordPiece;
    }
}
