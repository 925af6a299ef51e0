namespace CodeIntel.Retrieval.Indexing;

/// <summary>Restricts a search to some languages and paths. Null members do not restrict.</summary>
/// <param name="Languages">Language ids (<c>csharp</c>, <c>python</c>), compared without regard to case.</param>
/// <param name="PathGlob">A <see cref="Indexing.PathGlob"/> pattern over the chunk's relative path.</param>
public sealed record SearchFilter(IReadOnlyList<string>? Languages = null, string? PathGlob = null)
{
    /// <summary>True when the filter restricts nothing.</summary>
    public bool IsEmpty => (Languages is null || Languages.Count == 0) && string.IsNullOrWhiteSpace(PathGlob);
}
