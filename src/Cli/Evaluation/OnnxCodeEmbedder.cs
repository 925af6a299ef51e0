using CodeIntel.Evaluation.Systems;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Cli.Evaluation;

/// <summary>The search engine's embedding model behind evaluation's <see cref="ICodeEmbedder"/> (documents, not queries: code on both sides).</summary>
internal sealed class OnnxCodeEmbedder(IEmbedder embedder) : ICodeEmbedder
{
    public string Name => "embedding";

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> code, CancellationToken cancellationToken = default) =>
        embedder.EmbedDocumentsAsync(code, cancellationToken: cancellationToken);
}
