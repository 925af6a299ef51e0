namespace CodeIntel.Evaluation.CodeSearch;

/// <summary>
/// A code search system under evaluation: it indexes a corpus once and ranks documents for queries.
/// The seam through which evaluation scores systems it does not depend on.
/// </summary>
public interface ICodeSearchSystem : IDisposable
{
    /// <summary>Name shown in reports, e.g. <c>hybrid</c> or <c>dense/exit4</c>.</summary>
    string Name { get; }

    Task IndexAsync(IReadOnlyList<CorpusDocument> corpus, CancellationToken cancellationToken = default);

    /// <summary>Document ids, best first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default);
}
