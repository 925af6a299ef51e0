using CodeIntel.Parsing.Text;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Token counts of a file's lines with prefix sums, so the token size of any run of lines is O(1).
/// Counts are per line, so a run's total is an estimate (tokenizers rarely merge across a line break);
/// every chunk's final <see cref="Chunk.TokenCount"/> is counted again on its real text.
/// </summary>
internal sealed class LineBudget
{
    private readonly long[] _prefix;

    public LineBudget(SourceText source, ITokenCounter counter)
    {
        var lines = source.LineCount;
        _prefix = new long[lines + 1];
        var text = source.Text.AsSpan();
        for (var line = 0; line < lines; line++)
        {
            var start = source.ByteToChar(source.GetLineStart(line));
            var end = source.ByteToChar(source.GetLineEnd(line));
            _prefix[line + 1] = _prefix[line] + counter.CountTokens(text[start..end]);
        }
    }

    public int LineCount => _prefix.Length - 1;

    /// <summary>Tokens on zero-based lines <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public long Tokens(int first, int last) => _prefix[last + 1] - _prefix[first];
}
