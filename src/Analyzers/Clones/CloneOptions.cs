using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeIntel.Analyzers.Clones;

/// <summary>The clone rules' thresholds for one syntax tree, read from .editorconfig or .globalconfig.</summary>
internal readonly struct CloneOptions
{
    public const int DefaultMinTokens = 50;
    public const double DefaultMinSimilarity = 0.7;
    public const int DefaultKGram = 5;
    public const int DefaultWindow = 4;

    private CloneOptions(int exactMinTokens, int nearMinTokens, double minSimilarity)
    {
        ExactMinTokens = exactMinTokens;
        NearMinTokens = nearMinTokens;
        MinSimilarity = minSimilarity;
    }

    /// <summary>codeintel.CI0001.min_tokens: the smallest body, in tokens, that CI0001 reports.</summary>
    public int ExactMinTokens { get; }

    /// <summary>codeintel.CI0002.min_tokens: the smallest body, in tokens, that CI0002 reports.</summary>
    public int NearMinTokens { get; }

    /// <summary>codeintel.CI0002.min_similarity: the Jaccard similarity of fingerprints at which CI0002 reports.</summary>
    public double MinSimilarity { get; }

    public int SmallestMinTokens => ExactMinTokens < NearMinTokens ? ExactMinTokens : NearMinTokens;

    public static CloneOptions Read(AnalyzerConfigOptions options) => new(
        ReadInt(options, "codeintel.CI0001.min_tokens", DefaultMinTokens),
        ReadInt(options, "codeintel.CI0002.min_tokens", DefaultMinTokens),
        ReadDouble(options, "codeintel.CI0002.min_similarity", DefaultMinSimilarity));

    // An unreadable value keeps the default rather than failing the build: the analyzer cannot report a config error
    // at a location the user can click, and a wrong threshold is visible in the results.
    private static int ReadInt(AnalyzerConfigOptions options, string key, int fallback) =>
        options.TryGetValue(key, out var text)
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;

    private static double ReadDouble(AnalyzerConfigOptions options, string key, double fallback) =>
        options.TryGetValue(key, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 1
            ? value
            : fallback;
}
