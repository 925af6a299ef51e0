namespace CodeIntel.Evaluation.Metrics.Bleu;

/// <summary>Counts of the n-grams of one order in a token sequence; an n-gram is its tokens joined by a separator no token holds.</summary>
public static class NGrams
{
    // Tokens are whitespace-free, so a space cannot occur inside one: joining with it is unambiguous.
    private const char Separator = ' ';

    public static Dictionary<string, int> Count(IReadOnlyList<string> tokens, int order)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + order <= tokens.Count; i++)
        {
            var gram = order == 1 ? tokens[i] : string.Join(Separator, tokens.Skip(i).Take(order));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }
}
