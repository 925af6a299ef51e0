namespace CodeIntel.Retrieval.Indexing;

/// <summary>One timed index run of <see cref="IndexBenchmark"/>.</summary>
public sealed record IndexBenchmarkRun(string Label, TimeSpan Elapsed, IndexRunSummary Summary);
