using CodeIntel.Evaluation.CodeSearch;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Cli.Retrieval;

/// <summary>
/// Puts a <see cref="SearchEngine"/> behind evaluation's <see cref="ICodeSearchSystem"/>: the corpus is written
/// as one file per document into a work folder and indexed exactly as a repository would be; a document ranks
/// where its best chunk ranks. One indexed corpus serves every search mode (see <see cref="ForMode"/>).
/// </summary>
internal sealed class EngineSearchSystem : ICodeSearchSystem
{
    private readonly Func<SearchEngine> _open;
    private readonly string _workFolder;
    private SearchEngine? _engine;

    public EngineSearchSystem(Func<SearchEngine> open, string workFolder)
    {
        _open = open;
        _workFolder = workFolder;
    }

    public string Name => "engine";

    public IProgress<CodeIntel.Retrieval.Indexing.IndexProgress>? Progress { get; init; }

    public async Task IndexAsync(IReadOnlyList<CorpusDocument> corpus, CancellationToken cancellationToken = default)
    {
        var tree = Path.Combine(_workFolder, "corpus");
        Directory.CreateDirectory(tree);
        foreach (var document in corpus)
        {
            var path = Path.Combine(tree, document.FileName);
            if (!File.Exists(path) || await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) != document.Code)
            {
                await File.WriteAllTextAsync(path, document.Code, cancellationToken).ConfigureAwait(false);
            }
        }
        _engine ??= _open();
        await _engine.IndexAsync(tree, Progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A view that searches the already indexed corpus in one mode.</summary>
    public ICodeSearchSystem ForMode(SearchMode mode) => new ModeView(this, mode);

    public Task<IReadOnlyList<string>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        SearchAsync(query, limit, SearchMode.Hybrid, cancellationToken);

    private async Task<IReadOnlyList<string>> SearchAsync(string query, int limit, SearchMode mode, CancellationToken cancellationToken)
    {
        var engine = _engine ?? throw new InvalidOperationException("Index the corpus first.");
        // Chunks, not documents, are ranked: ask for more so that `limit` distinct documents remain.
        var response = await engine.SearchAsync(new SearchRequest(query, limit * 2, mode), cancellationToken).ConfigureAwait(false);
        return response.Results
            .Select(r => Path.GetFileNameWithoutExtension(r.Path).TrimStart('M'))
            .Distinct(StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    public void Dispose() => _engine?.Dispose();

    private sealed class ModeView(EngineSearchSystem owner, SearchMode mode) : ICodeSearchSystem
    {
        public string Name => mode.ToString().ToLowerInvariant();

        public Task IndexAsync(IReadOnlyList<CorpusDocument> corpus, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<string>> SearchAsync(string query, int limit, CancellationToken cancellationToken = default) =>
            owner.SearchAsync(query, limit, mode, cancellationToken);

        public void Dispose()
        {
        }
    }
}
