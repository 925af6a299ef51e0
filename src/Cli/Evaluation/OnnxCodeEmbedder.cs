using CodeIntel.Evaluation.Systems;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Cli.Evaluation;

/// <summary>
/// The search engine's embedding model behind evaluation's <see cref="ICodeEmbedder"/> (documents, not queries:
/// code on both sides), reporting batches to a progress line made per call.
/// </summary>
internal sealed class OnnxCodeEmbedder(IEmbedder embedder, Func<IProgress<(int Done, int Total)>>? progress = null) : ICodeEmbedder
{
    public string Name => "embedding";

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> code, CancellationToken cancellationToken = default) =>
        embedder.EmbedDocumentsAsync(code, progress is null ? null : new Forward(progress()), cancellationToken);

    // Reported synchronously, unlike Progress<T>, so the line never goes backwards.
    private sealed class Forward(IProgress<(int Done, int Total)> line) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => line.Report((value.Done, value.Total));
    }
}
