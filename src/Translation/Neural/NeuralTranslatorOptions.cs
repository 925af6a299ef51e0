namespace CodeIntel.Translation.Neural;

/// <summary>
/// How <see cref="NeuralTranslator"/> decodes. Null settings fall back to the model's <c>generation_config.json</c>.
/// </summary>
public sealed record NeuralTranslatorOptions
{
    /// <summary>Beam width; 1 is greedy decoding. Default: the model's num_beams.</summary>
    public int? Beams { get; init; }

    /// <summary>Grammar-constrained decoding with the target's tree-sitter grammar (default on).</summary>
    public bool Constrained { get; init; } = true;

    /// <summary>Reuse the decoder's key/value cache between steps (default on); off re-runs the whole prefix each step.</summary>
    public bool UseKvCache { get; init; } = true;

    /// <summary><c>auto</c> (the gate picks), <c>none</c> (the base model), or an expert's name (e.g. <c>java</c>).</summary>
    public string Expert { get; init; } = AutoExpert;

    /// <summary>Exponent of the generated length that finished beam scores are divided by. Default: the model's.</summary>
    public double? LengthPenalty { get; init; }

    /// <summary>Stop as soon as as many hypotheses as beams are finished. Default: the model's.</summary>
    public bool? EarlyStopping { get; init; }

    /// <summary>Most tokens generated. Default: the model's max_length.</summary>
    public int? MaxLength { get; init; }

    public const string AutoExpert = "auto";

    public const string NoExpert = "none";

    internal void Validate()
    {
        if (Beams is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Beams), Beams, "The beam width must be between 1 and 64.");
        }
        if (MaxLength is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxLength), MaxLength, "The maximum length must be at least 1.");
        }
        if (string.IsNullOrWhiteSpace(Expert))
        {
            throw new ArgumentException("Name an expert, 'auto' or 'none'.", nameof(Expert));
        }
    }
}
