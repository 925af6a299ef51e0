namespace CodeIntel.Retrieval.Search;

/// <summary>
/// Parameters of hybrid fusion. Defaults were tuned on CoSQA dev and checked on the project's own C# query set;
/// see README.md in this folder for the figures.
/// </summary>
public sealed record FusionOptions
{
    public FusionMethod Method { get; init; } = FusionMethod.Convex;

    /// <summary>The dense weight for a single model, tuned with all-MiniLM-L6-v2.</summary>
    public const double DefaultAlpha = 0.8;

    /// <summary>Weight of the dense score in a convex fusion, in [0, 1]. Null: the model's own weight (an
    /// ensemble's <c>hybridAlpha</c>), else <see cref="DefaultAlpha"/>; the search engine fills it in.</summary>
    public double? Alpha { get; init; }

    /// <summary>The k of reciprocal-rank fusion. Default 60, as in Cormack et al.</summary>
    public int RrfK { get; init; } = 60;

    /// <summary>Candidates taken from each retriever before fusing. Default 100.</summary>
    public int Candidates { get; init; } = 100;

    public FusionOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Alpha ?? DefaultAlpha, 0, nameof(Alpha));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Alpha ?? DefaultAlpha, 1, nameof(Alpha));
        ArgumentOutOfRangeException.ThrowIfLessThan(RrfK, 1, nameof(RrfK));
        ArgumentOutOfRangeException.ThrowIfLessThan(Candidates, 1, nameof(Candidates));
        return this;
    }
}
