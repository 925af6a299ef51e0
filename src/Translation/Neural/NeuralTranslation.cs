namespace CodeIntel.Translation.Neural;

/// <summary>
/// A neural translation with its decoding facts: the text, the output token ids, the expert that produced it
/// (null: base model) and the gate's confidence, the search's score of the output (summed log-probability, divided
/// by length^penalty for beam search), whether the target grammar accepts it (null: not checked), and
/// decoder steps and tokens scored (for throughput figures).
/// </summary>
public sealed record NeuralTranslation(
    string Text,
    IReadOnlyList<int> Tokens,
    double Score,
    string? Expert,
    double? GateProbability,
    bool? Parses,
    int Steps,
    long TokensDecoded)
{
    /// <summary>The source was longer than the model reads and was cut (the result then carries a warning).</summary>
    public bool SourceTruncated { get; init; }

    /// <summary>No hypothesis finished as valid code, so <see cref="Text"/> is the best one cut after its last complete
    /// statement with its open blocks closed (<see cref="Tokens"/> still holds the whole hypothesis).</summary>
    public bool CutShort { get; init; }
}
