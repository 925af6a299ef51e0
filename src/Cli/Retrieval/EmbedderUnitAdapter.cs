using CodeIntel.CloneDetection.Semantic;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Cli.Retrieval;

/// <summary>
/// Adapts the retrieval layer's ONNX embedder to clone detection's <see cref="IUnitEmbedder"/> seam: the CLI composes
/// the two so neither project depends on the other.
/// </summary>
internal sealed class EmbedderUnitAdapter(IEmbedder embedder) : IUnitEmbedder, IDisposable
{
    public string ModelName => embedder.Info.Identity;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        embedder.EmbedDocumentsAsync(texts, progress: null, cancellationToken);

    /// <summary>The built-in model (int8 unless <paramref name="fp32"/>), extracted on first use like `index` does.</summary>
    public static async Task<EmbedderUnitAdapter> OpenAsync(string? modelDirectory, bool fp32, TextWriter stderr, CancellationToken cancellationToken)
    {
        var directory = await RetrievalSetup.ModelDirectoryAsync(modelDirectory, stderr, cancellationToken).ConfigureAwait(false);
        if (!fp32)
        {
            ModelVariants.EnsureInt8Model(directory, cancellationToken: cancellationToken);
        }
        return new EmbedderUnitAdapter(new OnnxEmbedder(directory, new OnnxEmbedderOptions { ModelFileName = ModelVariants.FileName(null, !fp32) }));
    }

    public void Dispose() => embedder.Dispose();
}
