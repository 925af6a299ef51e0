namespace CodeIntel.CloneDetection;

/// <summary>Thresholds of the clone rules; the defaults match the Roslyn analyzers' .editorconfig defaults.</summary>
public sealed class CloneDetectionOptions
{
    /// <summary>The smallest unit, in tokens, that is compared at all (default 50, as the analyzers' min_tokens).</summary>
    public int MinTokens { get; init; } = 50;

    /// <summary>Jaccard similarity of winnowed fingerprints at which two units are near-duplicates (default 0.7).</summary>
    public double MinSimilarity { get; init; } = 0.7;

    /// <summary>Winnowing noise threshold k, in tokens (default 5).</summary>
    public int KGram { get; init; } = 5;

    /// <summary>Winnowing window w, in k-grams (default 4): shared runs of w + k - 1 = 8 tokens are always seen.</summary>
    public int Window { get; init; } = 4;

    public void Validate()
    {
        if (MinTokens < 1 || KGram < 1 || Window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinTokens), "MinTokens, KGram and Window must be at least 1.");
        }
        if (MinSimilarity is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinSimilarity), MinSimilarity, "MinSimilarity must be in (0, 1].");
        }
    }
}
