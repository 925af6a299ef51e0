namespace CodeIntel.Evaluation.Metrics.Bleu;

/// <summary>A corpus BLEU score (0..100) with the parts it is made of.</summary>
public sealed record BleuScore(
    double Bleu,
    IReadOnlyList<double> Precisions,
    double BrevityPenalty,
    double LengthRatio,
    long TranslationLength,
    long ReferenceLength);
