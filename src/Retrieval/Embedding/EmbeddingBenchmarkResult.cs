namespace CodeIntel.Retrieval.Embedding;

/// <summary>One embedder's figures from <see cref="EmbeddingBenchmark"/>.</summary>
/// <param name="Embedder">The embedder's type name, e.g. <c>OnnxEmbedder</c>.</param>
/// <param name="Identity">The embedder's <see cref="EmbedderInfo.Identity"/>.</param>
/// <param name="Texts">Texts embedded in the timed run.</param>
/// <param name="Tokens">Real (unpadded) tokens the embedder reported reading.</param>
/// <param name="Elapsed">Wall-clock time of the timed run, warm-up excluded.</param>
public sealed record EmbeddingBenchmarkResult(string Embedder, string Identity, int Texts, long Tokens, TimeSpan Elapsed)
{
    public double TextsPerSecond => Texts / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double TokensPerSecond => Tokens / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
