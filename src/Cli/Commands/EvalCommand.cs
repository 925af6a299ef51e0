using System.CommandLine;
using System.Globalization;
using CodeIntel.Cli.Output;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Evaluation.CodeSearch;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel eval cosqa|csharp-queries</c>: code-search quality (MRR, recall@10) of lexical, dense and hybrid
/// search, with the same engine users run.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var eval = new Command("eval", "Score CodeIntel on benchmarks with their official metrics.");
        eval.Subcommands.Add(SearchTask("cosqa", "CoSQA web queries against its 6,267-snippet Python corpus (folder with code_idx_map.txt).",
            (data, _) => CosqaDataset.Load(data), stdout, stderr));
        eval.Subcommands.Add(SearchTask("csharp-queries", "The project's developer-style C# queries over the CodeXGLUE Java-C# methods (folder with train.java-cs.txt.cs).",
            (data, queries) => CSharpQuerySet.Load(data, queries ?? Path.Combine(AppContext.BaseDirectory, "bench", "csharp-search-queries.jsonl")), stdout, stderr));
        eval.Subcommands.Add(CloneSearchEvalCommand.Create(stdout, stderr));
        return eval;
    }

    private static Command SearchTask(string name, string description, Func<string, string?, CodeSearchDataset> load, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The data set's folder.", Required = true };
        var queries = new Option<string?>("--queries") { Description = "Query file (csharp-queries only)." };
        var modes = new Option<SearchMode[]>("--mode")
        {
            Description = "Modes to score; repeatable. Default: lexical, dense and hybrid.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [SearchMode.Lexical, SearchMode.Dense, SearchMode.Hybrid],
        };
        var alpha = new Option<double?>("--alpha") { Description = "Weight of the dense score in hybrid fusion (0..1)." };
        var rrf = new Option<bool>("--rrf") { Description = "Fuse by reciprocal rank (k=60) instead of the convex combination." };
        var work = new Option<string?>("--work-dir") { Description = "Where the corpus is laid out and indexed (reused between runs). Default: the cache." };
        var model = new ModelArguments();
        var command = new Command(name, description) { data, queries, modes, alpha, rrf, work };
        model.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataset = load(parse.GetValue(data)!, parse.GetValue(queries));
            var folder = parse.GetValue(work) ?? Path.Combine(RetrievalSetup.CacheRoot(), "eval", name);
            var options = await model.EngineOptionsAsync(parse, folder, stderr, cancellationToken).ConfigureAwait(false);
            var fusion = new FusionOptions
            {
                Method = parse.GetValue(rrf) ? FusionMethod.ReciprocalRank : FusionMethod.Convex,
                Alpha = parse.GetValue(alpha) ?? new FusionOptions().Alpha,
            };
            options = new SearchEngineOptions
            {
                IndexDirectory = Path.Combine(folder, "index-" + (options.ExitLayer?.ToString(CultureInfo.InvariantCulture) ?? "last") + (options.Quantized ? "-int8" : "-fp32") + (options.UseExitHead ? "" : "-nohead")),
                ModelDirectory = options.ModelDirectory,
                ExitLayer = options.ExitLayer,
                Quantized = options.Quantized,
                UseExitHead = options.UseExitHead,
                QdrantUrl = options.QdrantUrl,
                Fusion = fusion,
            };
            var progress = new IndexProgressRenderer(stderr, !Console.IsErrorRedirected, TimeProvider.System);
            using var system = new EngineSearchSystem(() => SearchEngine.Open(options, cancellationToken), folder) { Progress = progress };
            await stderr.WriteLineAsync($"{dataset.Name}: indexing {dataset.Corpus.Count} documents, {dataset.Queries.Count} queries").ConfigureAwait(false);
            await system.IndexAsync(dataset.Corpus, cancellationToken).ConfigureAwait(false);
            progress.Complete();
            await stdout.WriteLineAsync($"{"dataset",-16} {"system",-10} {"queries",7} {"MRR",7} {"R@10",7} {"median ms",10}").ConfigureAwait(false);
            foreach (var mode in parse.GetValue(modes)!.Distinct())
            {
                var result = await CodeSearchEvaluator.EvaluateAsync(system.ForMode(mode), dataset with { Corpus = [] }, cancellationToken: cancellationToken).ConfigureAwait(false);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Dataset,-16} {result.System,-10} {result.Queries,7} {result.Mrr,7:0.0000} {result.RecallAt10,7:0.000} {result.MedianQueryTime.TotalMilliseconds,10:0.0}")).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
