namespace CodeIntel.Retrieval.Embedding;

/// <summary>What <see cref="EmbeddingBenchmark.RunAsync"/> measured: both embedders, the speed-up of the second over
/// the first, and how far their vectors differ (large only when they are not the same model).</summary>
public sealed record EmbeddingBenchmarkReport(
    EmbeddingBenchmarkResult First, EmbeddingBenchmarkResult Second, double Speedup, double MaxAbsoluteDifference);
