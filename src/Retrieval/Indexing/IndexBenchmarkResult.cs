namespace CodeIntel.Retrieval.Indexing;

/// <summary>The figures of <see cref="IndexBenchmark.RunAsync"/>: the copied tree and each timed run.</summary>
/// <param name="DatabaseBytes">Size of <c>index.db</c> (with its WAL) after the cold run.</param>
public sealed record IndexBenchmarkResult(int Files, long Bytes, long DatabaseBytes, IReadOnlyList<IndexBenchmarkRun> Runs);
