using System.Security.Cryptography;
using System.Text;
using CodeIntel.LanguageServer.Workspace;
using CodeIntel.Parsing.Workspace;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.LanguageServer.Indexing;

/// <summary>
/// Opens the <see cref="SearchEngine"/> of a workspace folder with the session's model settings. Index folders are
/// named as the CLI names them (folder name and a hash of its full path), so the editor and <c>codeintel</c> share
/// one index per repository.
/// </summary>
internal sealed class EngineFactory
{
    private readonly EngineSettings _settings;
    private readonly Lazy<Task<string>> _modelDirectory;

    public EngineFactory(EngineSettings settings)
    {
        _settings = settings;
        _modelDirectory = new Lazy<Task<string>>(() => ResolveModelAsync(settings));
    }

    public async Task<SearchEngine> OpenAsync(WorkspaceFolder folder, CancellationToken cancellationToken = default)
    {
        var model = await _modelDirectory.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var options = new SearchEngineOptions
        {
            IndexDirectory = IndexDirectoryFor(folder.Path),
            ModelDirectory = model,
            ExitLayer = _settings.ExitLayer,
            Quantized = _settings.Quantized,
            QdrantUrl = _settings.QdrantUrl,
            // The editor comes first: embedding keeps to the threads given (one by default) and files are read by half the cores.
            EmbeddingThreads = _settings.EmbeddingThreads,
            // Queries are embedded beside the indexing batches (OnnxEmbedder), so batches need not be tiny; 64 chunks
            // keep cancellation and progress prompt.
            Indexer = new IndexerOptions { MaxParallelism = Math.Max(1, Environment.ProcessorCount / 2), EmbeddingBatchSize = 64 },
            Workspace = new WorkspaceOptions(),
        };
        return await Task.Run(() => SearchEngine.Open(options, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public string IndexDirectoryFor(string folderPath)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folderPath));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var name = Path.GetFileName(full);
        return Path.Combine(_settings.IndexRoot, $"{(name.Length > 0 ? name : "root")}-{hash}");
    }

    private static async Task<string> ResolveModelAsync(EngineSettings settings) =>
        (await BuiltInModels.ResolveAsync(settings.ModelDirectory, settings.ModelCacheDirectory).ConfigureAwait(false)).Directory;
}
