using System.Diagnostics;
using System.Globalization;
using CodeIntel.Retrieval.Vectors.Usearch;

namespace CodeIntel.Retrieval.Vectors;

/// <summary>
/// Times the embedded index against exact search and prints the figures: add throughput, native memory, file size,
/// save and open time, k=10 query latency (p50/p95) and recall@10 for several search expansions, and the latency
/// of brute-force search over the same vectors. It runs twice: on uniformly random directions, the worst case for
/// a proximity graph (every point is about equally far from every other), and on structured vectors with a
/// 24-dimensional latent space, closer to real text embeddings.
/// </summary>
public static class VectorIndexBenchmark
{
    private const int K = 10;
    private const int BatchSize = 1_000;
    private const int LatentDimensions = 24;
    private static readonly int[] Expansions = [64, 128, 256];
    private static readonly ChunkPayload Payload = new("bench", "none", "", 1, 1, 0, 0, "");

    /// <summary>Runs the benchmark in a temporary folder that it deletes afterwards.</summary>
    public static async Task RunAsync(int points, int dimensions, TextWriter output, int queries = 1_000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, K);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queries);
        ArgumentNullException.ThrowIfNull(output);
        await WriteAsync(output, $"vector index benchmark: {points:N0} points, {dimensions}-d, {queries:N0} queries, k={K}, {Environment.ProcessorCount} cores, defaults {Describe(new UsearchIndexOptions())}")
            .ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("codeintel-vector-bench-");
        try
        {
            await RunDatasetAsync("random directions", UnitVectors.Random(points, dimensions, seed: 1),
                UnitVectors.Random(queries, dimensions, seed: 2), folder, output, cancellationToken).ConfigureAwait(false);
            await RunDatasetAsync($"structured ({LatentDimensions}-d latent)", UnitVectors.Structured(points, dimensions, LatentDimensions, seed: 3, projectionSeed: 5),
                UnitVectors.Structured(queries, dimensions, LatentDimensions, seed: 4, projectionSeed: 5), folder, output, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RunDatasetAsync(
        string name, float[][] vectors, float[][] queries, DirectoryInfo folder, TextWriter output, CancellationToken cancellationToken)
    {
        var dimensions = vectors[0].Length;
        var path = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.usearch");
        await WriteAsync(output, $"[{name}]").ConfigureAwait(false);
        var workingSetBefore = Environment.WorkingSet;
        var addClock = Stopwatch.StartNew();
        using (var index = UsearchVectorIndex.Open(path, dimensions))
        {
            for (var start = 0; start < vectors.Length; start += BatchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(BatchSize, vectors.Length - start))
                    .Select(i => new VectorPoint(i, vectors[i], Payload)).ToList();
                await index.UpsertAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            addClock.Stop();
            await WriteAsync(output, $"  add: {addClock.Elapsed.TotalSeconds:F1} s, {vectors.Length / addClock.Elapsed.TotalSeconds:N0} points/s (one writer, {index.HardwareAcceleration} kernels)")
                .ConfigureAwait(false);
            await WriteAsync(output, $"  memory: {index.MemoryBytes / 1048576.0:N1} MiB native, {index.MemoryBytes / (double)vectors.Length:N0} B/point (the float32 vector alone is {4 * dimensions:N0} B); capacity {index.Capacity:N0}; process working set +{(Environment.WorkingSet - workingSetBefore) / 1048576.0:N1} MiB")
                .ConfigureAwait(false);
            var saveClock = Stopwatch.StartNew();
            await index.SaveAsync(checkpoint: vectors.Length, cancellationToken).ConfigureAwait(false);
            await WriteAsync(output, $"  save: {saveClock.Elapsed.TotalSeconds:F2} s (write, fsync, SHA-256, two renames); file {new FileInfo(path).Length / 1048576.0:N1} MiB")
                .ConfigureAwait(false);
        }

        var exact = new ExactSearch(vectors, dimensions);
        var truth = new HashSet<long>[queries.Length];
        Parallel.For(0, queries.Length, new ParallelOptions { CancellationToken = cancellationToken },
            i => truth[i] = exact.Search(queries[i], K).Select(hit => hit.Key).ToHashSet());

        foreach (var expansion in Expansions)
        {
            var openClock = Stopwatch.StartNew();
            using var index = UsearchVectorIndex.Open(path, dimensions, new UsearchIndexOptions { ExpansionSearch = expansion });
            openClock.Stop();
            var times = new double[queries.Length];
            var found = 0;
            for (var i = 0; i < queries.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                var hits = await index.SearchAsync(queries[i], K, cancellationToken).ConfigureAwait(false);
                times[i] = clock.Elapsed.TotalMilliseconds;
                found += hits.Count(hit => truth[i].Contains(hit.Key));
            }
            Array.Sort(times);
            await WriteAsync(output, $"  usearch ef_search={expansion,3}: p50 {Percentile(times, 0.50):F3} ms, p95 {Percentile(times, 0.95):F3} ms, recall@10 {found / (double)(queries.Length * K):F3}; open (SHA-256 check + load) {openClock.Elapsed.TotalSeconds:F2} s").ConfigureAwait(false);
        }

        var timed = Math.Min(queries.Length, 200);
        var exactTimes = new double[timed];
        for (var i = 0; i < timed; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            exact.Search(queries[i], K);
            exactTimes[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(exactTimes);
        await WriteAsync(output, $"  exact search (one thread, SIMD dot products, {timed} queries): p50 {Percentile(exactTimes, 0.50):F3} ms, p95 {Percentile(exactTimes, 0.95):F3} ms")
            .ConfigureAwait(false);
    }

    private static string Describe(UsearchIndexOptions options) =>
        $"M={options.Connectivity}, ef_add={options.ExpansionAdd}, ef_search={options.ExpansionSearch}";

    private static Task WriteAsync(TextWriter output, FormattableString line) =>
        output.WriteLineAsync(line.ToString(CultureInfo.InvariantCulture));

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
