namespace CodeIntel.Retrieval.Search;

/// <summary>
/// Parameters of hybrid fusion. Defaults were tuned on CoSQA dev and checked on the project's own C# query set;
/// see README.md in this folder for the figures.
/// </summary>
public sealed class FusionOptions
{
    public FusionMethod Method { get; init; } = FusionMethod.Convex;

    /// <summary>Weight of the dense score in a convex fusion, in [0, 1].</summary>
    public double Alpha { get; init; } = 0.8;

    /// <summary>The k of reciprocal-rank fusion. Default 60, as in Cormack et al.</summary>
    public int RrfK { get; init; } = 60;

    /// <summary>Candidates taken from each retriever before fusing. Default 100.</summary>
    public int Candidates { get; init; } = 100;

    public FusionOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Alpha, 0, nameof(Alpha));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Alpha, 1, nameof(Alpha));
        ArgumentOutOfRangeException.ThrowIfLessThan(RrfK, 1, nameof(RrfK));
        ArgumentOutOfRangeException.ThrowIfLessThan(Candidates, 1, nameof(Candidates));
        return this;
    }
}
