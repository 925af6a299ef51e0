namespace CodeIntel.Translation.Neural.Search;

/// <summary>A live beam: its tokens (decoder start first), summed log-probability, and how far the constraint parsed it.</summary>
internal sealed record Hypothesis(int[] Tokens, double Score, int CheckedCut)
{
    public int[] Extend(int token)
    {
        var tokens = new int[Tokens.Length + 1];
        Tokens.CopyTo(tokens, 0);
        tokens[^1] = token;
        return tokens;
    }
}
