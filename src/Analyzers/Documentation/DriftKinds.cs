namespace CodeIntel.Analyzers.Documentation;

/// <summary>The property keys and values a CI0003 diagnostic carries to its code fix.</summary>
internal static class DriftKinds
{
    public const string Key = "Drift";
    public const string TagKey = "Tag";
    public const string NameKey = "Name";
    public const string ReplacementKey = "Replacement";

    /// <summary>The comment names a parameter or type parameter the member does not have.</summary>
    public const string Stale = nameof(Stale);

    /// <summary>The comment does not describe a parameter or type parameter the member has.</summary>
    public const string Missing = nameof(Missing);

    /// <summary>The comment describes a return value of a member that returns nothing.</summary>
    public const string ReturnsNothing = nameof(ReturnsNothing);

    /// <summary>The comment lists exceptions but not one the member throws.</summary>
    public const string MissingException = nameof(MissingException);
}
