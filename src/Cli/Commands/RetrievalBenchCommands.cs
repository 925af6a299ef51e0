using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Parsing.Chunking;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Workspace;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Graph;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Indexing;
using CodeIntel.Retrieval.Search;
using CodeIntel.Retrieval.Vectors;
using CodeIntel.Retrieval.Vectors.Usearch;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench embed|index|search|vectors</c>: speed of the search engine's parts, printed as figures.
/// Each compares within one run (the machines are noisy): batched against a plain one-text-at-a-time loop,
/// int8 against fp32, a cold index against a re-index after touching one file.
/// </summary>
internal static class RetrievalBenchCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return Embed(stdout, stderr);
        yield return Index(stdout, stderr);
        yield return Search(stdout, stderr);
        yield return Vectors(stdout);
    }

    private static Command Embed(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A tree whose chunks are embedded.", DefaultValueFactory = _ => "." };
        var count = new Option<int>("--texts") { Description = "Chunks to embed.", DefaultValueFactory = _ => 1000 };
        var model = new Option<string?>("--model") { Description = "Model directory (default: the built-in all-MiniLM-L6-v2)." };
        var command = new Command("embed",
            "Embedding throughput (chunks/s, real tokens/s) of a plain unbatched fp32 ONNX Runtime loop against CodeIntel's batched fp32 and int8 embedders, on the same chunks.")
        {
            path, count, model,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(model), stderr, cancellationToken).ConfigureAwait(false);
            ModelVariants.EnsureInt8Model(directory, cancellationToken: cancellationToken);
            var texts = ChunkTexts(parse.GetValue(path)!, parse.GetValue(count), cancellationToken);
            await stdout.WriteLineAsync($"bench embed: {texts.Count} chunks of {Path.GetFullPath(parse.GetValue(path)!)}").ConfigureAwait(false);
            var benchmark = new EmbeddingBenchmark();
            using var naive = new UnbatchedOnnxEmbedder(directory);
            using var fp32 = new OnnxEmbedder(directory);
            using var int8 = new OnnxEmbedder(directory, new OnnxEmbedderOptions { ModelFileName = ModelVariants.FileName(null, quantized: true) });
            await stdout.WriteLineAsync("-- unbatched fp32 loop vs batched fp32").ConfigureAwait(false);
            await benchmark.RunAsync(naive, fp32, texts, stdout, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync("-- unbatched fp32 loop vs batched int8").ConfigureAwait(false);
            await benchmark.RunAsync(naive, int8, texts, stdout, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Index(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "The tree to index (copied to a temporary folder first)." };
        var model = new ModelArguments();
        var command = new Command("index", "Time a cold index of a tree, a no-op re-index, and a re-index after touching and after editing one file.") { path };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(path)!);
            var options = await model.EngineOptionsAsync(parse, root, stderr, cancellationToken).ConfigureAwait(false);
            // The engine builds the model variant and loads the embedder exactly as `index` does; its own index,
            // in a scratch folder, stays empty: IndexBenchmark indexes copies of the tree into folders of its own.
            var scratch = Path.Combine(Path.GetTempPath(), "codeintel-bench-" + Guid.NewGuid().ToString("N"));
            using var cleanup = new DirectoryCleanup(scratch);
            using var probe = SearchEngine.Open(options with { IndexDirectory = scratch }, cancellationToken);
            var embedder = probe.Embedder;
            using var chunker = new SourceChunker(new ChunkerOptions { MaxTokens = Math.Min(512, embedder.Info.MaxTokens), TokenCounter = embedder.Tokens });
            using var detector = new LanguageDetector();
            var clock = Stopwatch.StartNew();
            await IndexBenchmark.RunAsync(root, embedder, dir =>
            {
                var index = UsearchVectorIndex.Open(Path.Combine(dir, "vectors.usearch"), embedder.Info.Dimensions);
                return new VectorIndexTarget(index, index.SaveAsync);
            }, chunker, detector, stdout, cancellationToken: cancellationToken).ConfigureAwait(false);
            using var process = Process.GetCurrentProcess();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"total {clock.Elapsed.TotalSeconds:0.0} s; peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Search(TextWriter stdout, TextWriter stderr)
    {
        var repo = new Option<string>("--repo") { Description = "An indexed repository.", DefaultValueFactory = _ => "." };
        var queries = new Option<int>("--queries") { Description = "Queries to time per mode (symbol names and phrases taken from the index).", DefaultValueFactory = _ => 200 };
        var model = new ModelArguments();
        var command = new Command("search", "Query latency p50/p95 of lexical, dense and hybrid search on an indexed repository.") { repo, queries };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = Path.GetFullPath(parse.GetValue(repo)!);
            var options = await model.EngineOptionsAsync(parse, root, stderr, cancellationToken).ConfigureAwait(false);
            using var engine = SearchEngine.Open(options, cancellationToken);
            var state = engine.State;
            var texts = engine.SampleQueries(parse.GetValue(queries));
            await stdout.WriteLineAsync($"bench search: {state.Chunks} chunks, {texts.Count} queries per mode").ConfigureAwait(false);
            foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Dense, SearchMode.Hybrid })
            {
                var times = new List<double>();
                foreach (var text in texts)
                {
                    var started = Stopwatch.GetTimestamp();
                    await engine.SearchAsync(new SearchRequest(text, 10, mode), cancellationToken).ConfigureAwait(false);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                times.Sort();
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{mode.ToString().ToLowerInvariant(),-8} p50 {times[times.Count / 2],7:0.0} ms  p95 {times[(int)(times.Count * 0.95)],7:0.0} ms")).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Vectors(TextWriter stdout)
    {
        var points = new Option<int>("--points") { Description = "Vectors in the index.", DefaultValueFactory = _ => 100_000 };
        var dimensions = new Option<int>("--dimensions") { Description = "Vector size.", DefaultValueFactory = _ => 384 };
        var command = new Command("vectors", "HNSW (USearch) add throughput, query latency and recall against brute force.") { points, dimensions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await VectorIndexBenchmark.RunAsync(parse.GetValue(points), parse.GetValue(dimensions), stdout, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static List<string> ChunkTexts(string path, int count, CancellationToken cancellationToken)
    {
        using var chunker = new SourceChunker();
        using var detector = new LanguageDetector();
        return new WorkspaceChunker(chunker, detector).Chunk(path, cancellationToken: cancellationToken)
            .Where(r => r.File is not null)
            .SelectMany(r => r.File!.Chunks)
            .Where(c => c.Kind is not ChunkKind.Window and not ChunkKind.TopLevel)
            .Take(count)
            .Select(c => c.Text)
            .ToList();
    }

    private sealed class DirectoryCleanup(string path) : IDisposable
    {
        public void Dispose()
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
