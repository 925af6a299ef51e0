using System.CommandLine;
using System.Globalization;
using CodeIntel.Cli.Evaluation;
using CodeIntel.Cli.Output;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Evaluation.CodeSearch;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Evaluation.Tasks;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel eval TASK</c>: CodeXGLUE tasks scored with the official metrics, from output files or by running
/// CodeIntel's systems; code-search quality (MRR, recall@10) of lexical, dense and hybrid search with the same
/// engine users run; <c>eval all</c> runs every task on a shared data folder.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var eval = new Command("eval", "Score CodeIntel on benchmarks with their official metrics.");
        eval.Subcommands.Add(EvalTaskCommands.Generation(EvaluationTasks.CodeToCode, "CodeXGLUE Java<->C# translation: BLEU-4, exact match, CodeBLEU.", stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.Generation(EvaluationTasks.Refinement, "CodeXGLUE code refinement (bug fixing): BLEU-4, exact match, CodeBLEU.", stdout, stderr));
        eval.Subcommands.Add(SearchTask("cosqa", "CoSQA: web queries against its 6,267-snippet Python corpus (folder with code_idx_map.txt), or --predictions/--references in the WebQuery format (idx<TAB>label).",
            (data, _) => CosqaDataset.Load(data), stdout, stderr));
        eval.Subcommands.Add(SearchTask("csharp-queries", "The project's developer-style C# queries over the CodeXGLUE Java-C# methods (folder with train.java-cs.txt.cs).",
            (data, queries) => CSharpQuerySet.Load(data, queries ?? DefaultQueries()), stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.PredictionsOnly(EvaluationTasks.AdvTest, "CodeXGLUE AdvTest NL code search: MRR of predictions.jsonl against test.jsonl.", stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.PredictionsOnly(EvaluationTasks.Poj104, "CodeXGLUE POJ-104 clone retrieval: MAP@R of predictions.jsonl against test.jsonl.", stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.PredictionsOnly(EvaluationTasks.BigCloneBench, "CodeXGLUE BigCloneBench clone detection: precision, recall, F1 (macro, as the evaluator).", stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.CloneJavaCSharp(stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.CodeRosetta(stdout, stderr));
        eval.Subcommands.Add(EvalTaskCommands.Transcoder(stdout, stderr));
        eval.Subcommands.Add(EvalAllCommand.Create(stdout, stderr));
        eval.Subcommands.Add(TranslationEval.FortranCppEvalCommand.Create(stdout, stderr));
        eval.Subcommands.Add(TranslationEval.CppCudaEvalCommand.Create(stdout, stderr));
        eval.Subcommands.Add(CloneSearchEvalCommand.Create(stdout, stderr));
        return eval;
    }

    private static string DefaultQueries() => Path.Combine(AppContext.BaseDirectory, "bench", "csharp-search-queries.jsonl");

    private static Command SearchTask(string name, string description, Func<string, string?, CodeSearchDataset> load, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string?>("--data") { Description = "The data set's folder." };
        var queries = new Option<string?>("--queries") { Description = "Query file (csharp-queries only)." };
        var modes = new Option<SearchMode[]>("--mode", "--system")
        {
            Description = "Modes to score; repeatable. Default: lexical, dense and hybrid.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [SearchMode.Lexical, SearchMode.Dense, SearchMode.Hybrid],
        };
        var alpha = new Option<double?>("--alpha") { Description = "Weight of the dense score in hybrid fusion (0..1)." };
        var rrf = new Option<bool>("--rrf") { Description = "Fuse by reciprocal rank (k=60) instead of the convex combination." };
        var work = new Option<string?>("--work-dir") { Description = "Where the corpus is laid out and indexed (reused between runs). Default: the cache." };
        var predictions = new Option<string?>("--predictions") { Description = "cosqa only: predicted labels, idx<TAB>label per line." };
        var references = new Option<string?>("--references") { Description = "cosqa only: gold labels, idx<TAB>label per line." };
        var model = new ModelArguments();
        var report = new EvalReportOptions();
        var command = new Command(name, description) { data, queries, modes, alpha, rrf, work };
        if (name == "cosqa")
        {
            command.Options.Add(predictions);
            command.Options.Add(references);
        }
        model.AddTo(command);
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => EvalTaskCommands.RunAsync(parse, report, stdout, stderr, async (runner, ct) =>
        {
            if (parse.GetValue(predictions) is { } p && parse.GetValue(references) is { } r)
            {
                await runner.PredictionsAsync(EvaluationTasks.Cosqa, p, r, null, "predictions", ct).ConfigureAwait(false);
                return;
            }
            var folder = parse.GetValue(data) ?? throw new EvaluationInputException($"Pass --data DIR (the {name} folder){(name == "cosqa" ? ", or --predictions FILE --references FILE" : "")}.");
            var dataset = load(folder, parse.GetValue(queries));
            var workFolder = parse.GetValue(work) ?? Path.Combine(RetrievalSetup.CacheRoot(), "eval", name);
            var options = await model.EngineOptionsAsync(parse, workFolder, stderr, ct).ConfigureAwait(false);
            var fusion = new FusionOptions
            {
                Method = parse.GetValue(rrf) ? FusionMethod.ReciprocalRank : FusionMethod.Convex,
                Alpha = parse.GetValue(alpha),
            };
            await SearchModesAsync(runner.Session, dataset, options with { Fusion = fusion }, workFolder, parse.GetValue(modes)!, DatasetFiles(name, folder, parse.GetValue(queries)), stdout, stderr, ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }

    internal static IReadOnlyList<string> DatasetFiles(string name, string folder, string? queries) => name == "cosqa"
        ? [Path.Combine(folder, CosqaDataset.CorpusFile), Path.Combine(folder, CosqaDataset.DevQueriesFile)]
        : [Path.Combine(folder, CSharpQuerySet.CorpusFile), queries ?? DefaultQueries()];

    /// <summary>Indexes the corpus once and scores each mode; prints the search table and adds a run per mode.</summary>
    internal static async Task SearchModesAsync(
        EvalSession session, CodeSearchDataset dataset, SearchEngineOptions options, string workFolder, IReadOnlyList<SearchMode> modes, IReadOnlyList<string> files,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        options = options with
        {
            IndexDirectory = Path.Combine(workFolder, "index-" + (options.ExitLayer?.ToString(CultureInfo.InvariantCulture) ?? "last") + (options.Quantized ? "-int8" : "-fp32") + (options.UseExitHead ? "" : "-nohead")),
        };
        var progress = new IndexProgressRenderer(stderr, !Console.IsErrorRedirected, TimeProvider.System);
        using var system = new EngineSearchSystem(() => SearchEngine.Open(options, cancellationToken), workFolder) { Progress = progress };
        var started = session.Now;
        await stderr.WriteLineAsync($"{dataset.Name}: indexing {dataset.Corpus.Count} documents, {dataset.Queries.Count} queries").ConfigureAwait(false);
        await system.IndexAsync(dataset.Corpus, cancellationToken).ConfigureAwait(false);
        progress.Complete();
        await stdout.WriteLineAsync($"{"dataset",-16} {"system",-10} {"queries",7} {"MRR",7} {"R@10",7} {"median ms",10}").ConfigureAwait(false);
        foreach (var mode in modes.Distinct())
        {
            var result = await CodeSearchEvaluator.EvaluateAsync(system.ForMode(mode), dataset with { Corpus = [] }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{result.Dataset,-16} {result.System,-10} {result.Queries,7} {result.Mrr,7:0.0000} {result.RecallAt10,7:0.000} {result.MedianQueryTime.TotalMilliseconds,10:0.0}")).ConfigureAwait(false);
            var score = new TaskScore(dataset.Name, result.Queries, [new Metric("MRR", result.Mrr), new Metric("R@10", result.RecallAt10)]);
            var elapsed = result.IndexTime + (result.MedianQueryTime * result.Queries);
            await session.AddAsync(new SystemRun(dataset.Name == "cosqa-dev" ? EvaluationTasks.Cosqa : dataset.Name, result.System, score, null, elapsed),
                dataset.Name, files, started, cancellationToken).ConfigureAwait(false);
        }
    }
}
