using System.Globalization;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// Times two embedders on the same texts and prints chunks/s, real tokens/s and the ratio, e.g. the naive
/// <see cref="UnbatchedOnnxEmbedder"/> against <see cref="OnnxEmbedder"/>. A benchmark, not a test: it prints
/// figures and asserts nothing. Each embedder first embeds a few texts untimed so that session warm-up does not count.
/// </summary>
public sealed class EmbeddingBenchmark
{
    private const int WarmUpTexts = 16;

    private readonly TimeProvider _time;

    /// <param name="timeProvider">Clock for the timings; the system clock by default.</param>
    public EmbeddingBenchmark(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Embeds <paramref name="texts"/> with <paramref name="first"/>, then with <paramref name="second"/>,
    /// writes one line per embedder and a summary line to <paramref name="output"/>, and returns the figures.</summary>
    public async Task<EmbeddingBenchmarkReport> RunAsync(
        IEmbedder first, IEmbedder second, IReadOnlyList<string> texts, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(output);
        if (texts.Count == 0)
        {
            throw new ArgumentException("The benchmark needs at least one text.", nameof(texts));
        }

        var (a, aVectors) = await MeasureAsync(first, texts, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Line(a).AsMemory(), cancellationToken).ConfigureAwait(false);
        var (b, bVectors) = await MeasureAsync(second, texts, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(Line(b).AsMemory(), cancellationToken).ConfigureAwait(false);

        var speedup = b.TokensPerSecond / Math.Max(a.TokensPerSecond, 1e-9);
        var difference = MaxAbsoluteDifference(aVectors, bVectors);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"second/first: {speedup:0.00}x tokens/s; largest vector difference {difference:0.0e+0}").AsMemory(), cancellationToken).ConfigureAwait(false);
        return new EmbeddingBenchmarkReport(a, b, speedup, difference);
    }

    private async Task<(EmbeddingBenchmarkResult Result, float[][] Vectors)> MeasureAsync(
        IEmbedder embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        await embedder.EmbedDocumentsAsync(texts.Take(WarmUpTexts).ToArray(), null, cancellationToken).ConfigureAwait(false);
        var progress = new LastProgress();
        var start = _time.GetTimestamp();
        var vectors = await embedder.EmbedDocumentsAsync(texts, progress, cancellationToken).ConfigureAwait(false);
        var elapsed = _time.GetElapsedTime(start);
        return (new EmbeddingBenchmarkResult(embedder.GetType().Name, embedder.Info.Identity, texts.Count, progress.Last.Tokens, elapsed), vectors);
    }

    private static string Line(EmbeddingBenchmarkResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"{r.Embedder} {r.Identity}: {r.Texts} chunks, {r.Tokens} tokens in {r.Elapsed.TotalSeconds:0.00} s = {r.TextsPerSecond:0.0} chunks/s, {r.TokensPerSecond:0} tokens/s");

    private static double MaxAbsoluteDifference(float[][] a, float[][] b)
    {
        var max = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Length != b[i].Length)
            {
                return double.PositiveInfinity;
            }
            for (var j = 0; j < a[i].Length; j++)
            {
                max = Math.Max(max, Math.Abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }

    /// <summary>Keeps the latest report, synchronously (Progress&lt;T&gt; would post it to another thread, late).</summary>
    private sealed class LastProgress : IProgress<EmbeddingProgress>
    {
        public EmbeddingProgress Last { get; private set; }

        public void Report(EmbeddingProgress value) => Last = value;
    }
}
