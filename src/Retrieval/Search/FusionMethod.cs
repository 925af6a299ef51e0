namespace CodeIntel.Retrieval.Search;

/// <summary>How lexical and dense rankings are combined.</summary>
public enum FusionMethod
{
    /// <summary>Convex combination of normalised scores: alpha * dense + (1 - alpha) * lexical.</summary>
    Convex,

    /// <summary>Reciprocal-rank fusion: sum of 1 / (k + rank). Needs no score calibration; the baseline.</summary>
    ReciprocalRank,
}
