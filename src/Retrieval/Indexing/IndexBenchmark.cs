using System.Diagnostics;
using System.Globalization;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;
using CodeIntel.Retrieval.Embedding;

namespace CodeIntel.Retrieval.Indexing;

/// <summary>
/// Times indexing a tree with a given embedder and vector index: a cold index, a re-index with nothing changed,
/// one after touching a file (time only), and one after editing one function (a blank line inserted in the middle
/// of the longest function or method). The tree is copied to a temporary folder first, so the caller's files are
/// never modified. Prints figures; asserts nothing.
/// </summary>
public static class IndexBenchmark
{
    /// <param name="root">The tree to copy and index; it is never modified.</param>
    /// <param name="embedder">Embeds the chunks.</param>
    /// <param name="createVectorIndex">Makes the vector index for an index directory; the benchmark disposes it.</param>
    /// <param name="chunker">Cuts files into chunks.</param>
    /// <param name="detector">Names the language of files without a known extension.</param>
    /// <param name="output">Where the figures are printed.</param>
    /// <param name="workspaceOptions">What the scan includes; the defaults when null.</param>
    /// <param name="options">Indexer settings; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the run between steps.</param>
    public static async Task<IndexBenchmarkResult> RunAsync(
        string root,
        IEmbedder embedder,
        Func<string, VectorIndexTarget> createVectorIndex,
        SourceChunker chunker,
        LanguageDetector detector,
        TextWriter output,
        WorkspaceOptions? workspaceOptions = null,
        IndexerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(createVectorIndex);
        ArgumentNullException.ThrowIfNull(output);
        var work = Path.Combine(Path.GetTempPath(), "codeintel-index-bench-" + Guid.NewGuid().ToString("N"));
        var tree = Path.Combine(work, "tree");
        var indexDirectory = Path.Combine(work, "index");
        try
        {
            var (files, bytes) = CopyTree(root, tree, workspaceOptions, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bench index {root}: {files} files, {bytes / 1024.0 / 1024.0:0.00} MB, embedder {embedder.Info.Identity}")).ConfigureAwait(false);
            var runs = new List<IndexBenchmarkRun>();
            long databaseBytes;
            using (var store = IndexStore.Open(indexDirectory))
            {
                var target = createVectorIndex(indexDirectory);
                using var vectorIndex = target.Index;
                var indexer = new CodeIndexer(store, embedder, target, chunker, detector, workspaceOptions, options);

                async Task Timed(string label)
                {
                    var clock = Stopwatch.StartNew();
                    var summary = await indexer.UpdateAsync(tree, null, cancellationToken).ConfigureAwait(false);
                    clock.Stop();
                    var run = new IndexBenchmarkRun(label, clock.Elapsed, summary);
                    runs.Add(run);
                    await output.WriteLineAsync(Row(run)).ConfigureAwait(false);
                }

                await Timed("cold").ConfigureAwait(false);
                databaseBytes = DatabaseBytes(indexDirectory);
                await Timed("no-op").ConfigureAwait(false);
                if (store.LongestFunction() is { } chunk)
                {
                    var path = Path.Combine(tree, chunk.Path);
                    File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(-10));
                    await Timed("touch").ConfigureAwait(false);
                    InsertBlankLine(path, (chunk.StartLine + chunk.EndLine) / 2);
                    await Timed("edit").ConfigureAwait(false);
                }
            }
            var state = runs[^1].Summary.State;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"index: {state.Files} files, {state.Chunks} chunks, {state.ChunksInVectorIndex} vectors; index.db {databaseBytes / 1024.0 / 1024.0:0.0} MB after the cold run")).ConfigureAwait(false);
            return new IndexBenchmarkResult(files, bytes, databaseBytes, runs);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string Row(IndexBenchmarkRun run)
    {
        var s = run.Summary;
        var embedSeconds = Math.Max(s.EmbeddingElapsed.TotalSeconds, 1e-9);
        return string.Create(CultureInfo.InvariantCulture,
            $"{run.Label,-6} {run.Elapsed.TotalSeconds,8:0.000} s  files {s.FilesElapsed.TotalSeconds,7:0.000} s  embed {s.EmbeddingElapsed.TotalSeconds,7:0.000} s  " +
            $"vectors {s.VectorsElapsed.TotalSeconds,6:0.000} s | changed {s.FilesAdded + s.FilesChanged}, chunks +{s.ChunksAdded} -{s.ChunksRemoved}, " +
            $"embedded {s.ChunksEmbedded} ({s.ChunksEmbedded / embedSeconds:0} chunks/s), reused {s.EmbeddingsReused}");
    }

    private static (int Files, long Bytes) CopyTree(string root, string destination, WorkspaceOptions? options, CancellationToken cancellationToken)
    {
        int files = 0;
        long bytes = 0;
        foreach (var item in new WorkspaceScanner(options).Scan(root, cancellationToken))
        {
            if (item.File is not { } file)
            {
                continue;
            }
            var target = Path.Combine(destination, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file.FullPath, target);
            // Old times, so the copies are not "too recent to trust" and the no-op run really reads nothing.
            File.SetLastWriteTimeUtc(target, DateTime.UtcNow.AddMinutes(-1));
            files++;
            bytes += file.Length;
        }
        return (files, bytes);
    }

    private static void InsertBlankLine(string path, int line)
    {
        var content = File.ReadAllBytes(path);
        var offset = 0;
        for (var current = 1; current < line && offset < content.Length; offset++)
        {
            if (content[offset] == (byte)'\n')
            {
                current++;
            }
        }
        File.WriteAllBytes(path, [.. content.AsSpan(0, offset), (byte)'\n', .. content.AsSpan(offset)]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
    }

    private static long DatabaseBytes(string directory) =>
        Directory.EnumerateFiles(directory, IndexStore.FileName + "*").Sum(f => new FileInfo(f).Length);
}
