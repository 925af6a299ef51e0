using System.CommandLine;
using CodeIntel.Cli.Evaluation;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Evaluation.CloneSearch;
using CodeIntel.Evaluation.CodeSearch;
using CodeIntel.Evaluation.Tasks;
using CodeIntel.Retrieval.Engine;
using CodeIntel.Retrieval.Search;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel eval all --data DIR</c>: every task on the shared data folder in one command: translation and
/// refinement with every translation system, cross-language clone search, CoSQA search modes, and each official
/// evaluator's sample files. A data set missing from the folder is reported and skipped, never silently.
/// </summary>
internal static class EvalAllCommand
{
    private static readonly string[] Parts = ["code-to-code-trans", "code-refinement", "coderosetta", "transcoder", "clone-java-cs", "cosqa", "samples"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The shared data folder (codexglue-java-cs/, codexglue-code-refinement/, cosqa/, codexglue-formats/).", Required = true };
        var skip = new Option<string[]>("--skip") { Description = $"Parts to leave out: {string.Join(", ", Parts)}.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var model = new Option<string?>("--model") { Description = "Model directory for the embedding and search runs. Default: the built-in all-MiniLM-L6-v2." };
        var report = new EvalReportOptions();
        var command = new Command("all", "Run every task on a shared data folder and write one report.") { data, skip, model };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => EvalTaskCommands.RunAsync(parse, report, stdout, stderr, async (runner, ct) =>
        {
            var root = parse.GetValue(data)!;
            var skipped = parse.GetValue(skip)!.ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (skipped.FirstOrDefault(s => !Parts.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            {
                throw new EvaluationInputException($"--skip {unknown}: parts are {string.Join(", ", Parts)}.");
            }
            async Task<string?> FolderAsync(string part, string folder)
            {
                if (skipped.Contains(part))
                {
                    return null;
                }
                var path = Path.Combine(root, folder);
                if (Directory.Exists(path))
                {
                    return path;
                }
                await stderr.WriteLineAsync($"codeintel: skipping {part}: {path} does not exist.").ConfigureAwait(false);
                return null;
            }

            if (await FolderAsync("code-to-code-trans", "codexglue-java-cs").ConfigureAwait(false) is { } javaCs)
            {
                await runner.TranslationAsync(javaCs, ["java-cs", "cs-java"], EvalRunner.TranslationSystems, "valid", ct).ConfigureAwait(false);
            }
            if (await FolderAsync("code-refinement", "codexglue-code-refinement").ConfigureAwait(false) is { } refinement)
            {
                await runner.RefinementAsync(refinement, ["small", "medium"], ["copy"], "valid", ct).ConfigureAwait(false);
            }
            if (await FolderAsync("coderosetta", "coderosetta").ConfigureAwait(false) is { } coderosetta)
            {
                await runner.CodeRosettaAsync(coderosetta, ["cpp-cuda", "fortran-cpp"], EvalRunner.TranslationSystems, ct).ConfigureAwait(false);
            }
            if (await FolderAsync("transcoder", "transcoder-gfg").ConfigureAwait(false) is { } transcoder)
            {
                await runner.TranscoderAsync(transcoder, ["java", "cpp"], null, "python3", ct).ConfigureAwait(false);
            }
            string? modelDirectory = null;
            if (await FolderAsync("clone-java-cs", "codexglue-java-cs").ConfigureAwait(false) is { } clones)
            {
                modelDirectory = await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(model), stderr, ct).ConfigureAwait(false);
                await runner.CloneSearchAsync(clones, modelDirectory, "valid", ct).ConfigureAwait(false);
            }
            if (await FolderAsync("cosqa", "cosqa").ConfigureAwait(false) is { } cosqa)
            {
                modelDirectory ??= await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(model), stderr, ct).ConfigureAwait(false);
                var work = Path.Combine(RetrievalSetup.CacheRoot(), "eval", "cosqa");
                var options = new SearchEngineOptions { IndexDirectory = work, ModelDirectory = modelDirectory };
                await EvalCommand.SearchModesAsync(runner.Session, CosqaDataset.Load(cosqa), options, work, [SearchMode.Lexical, SearchMode.Dense, SearchMode.Hybrid],
                    EvalCommand.DatasetFiles("cosqa", cosqa, null), stderr, stderr, ct).ConfigureAwait(false);
            }
            if (await FolderAsync("samples", "codexglue-formats").ConfigureAwait(false) is { } samples)
            {
                await SamplesAsync(runner, samples, ct).ConfigureAwait(false);
            }
        }, cancellationToken));
        return command;
    }

    /// <summary>Each official evaluator's sample outputs, scored as that evaluator would (system "official-sample").</summary>
    private static async Task SamplesAsync(EvalRunner runner, string folder, CancellationToken cancellationToken)
    {
        (string Task, string Folder, string Predictions, string References)[] samples =
        [
            (EvaluationTasks.CodeToCode, "code-to-code-trans", "predictions.txt", "references.txt"),
            (EvaluationTasks.Refinement, "code-refinement", "predictions.txt", "references.txt"),
            (EvaluationTasks.AdvTest, "nl-code-search-adv", "predictions.jsonl", "test.jsonl"),
            (EvaluationTasks.Poj104, "clone-poj104", "predictions.jsonl", "test.jsonl"),
            (EvaluationTasks.BigCloneBench, "clone-bcb", "predictions.txt", "answers.txt"),
            (EvaluationTasks.Cosqa, "webquery", "webquery_predictions.txt", "webquery_answers.txt"),
        ];
        foreach (var (task, sub, predictions, references) in samples)
        {
            await runner.PredictionsAsync(task, Path.Combine(folder, sub, predictions), Path.Combine(folder, sub, references), null, "official-sample", cancellationToken).ConfigureAwait(false);
        }
    }
}
