using System.CommandLine;
using CodeIntel.Cli.Evaluation;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Evaluation.CloneSearch;
using CodeIntel.Evaluation.ComputationalAccuracy;
using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// The CodeXGLUE tasks of <c>codeintel eval</c>: score output files in the official formats
/// (<c>--predictions</c>/<c>--references</c>), or run CodeIntel systems end to end on a data folder (<c>--system</c>, <c>--data</c>).
/// </summary>
internal static class EvalTaskCommands
{
    public static Command Generation(string task, string description, TextWriter stdout, TextWriter stderr)
    {
        var refinement = task == EvaluationTasks.Refinement;
        var predictions = new Option<string?>("--predictions") { Description = "System outputs, one function per line (the official evaluator's -pre)." };
        var references = new Option<string?>("--references") { Description = "Reference functions, line-aligned with the predictions (-ref)." };
        var lang = new Option<string?>("--lang") { Description = $"Language of the outputs for CodeBLEU: java, c_sharp, python, cpp. Default: {(refinement ? "java" : "c_sharp")}." };
        var data = new Option<string?>("--data") { Description = refinement ? "Folder with small/ and medium/ valid.buggy-fixed.* files." : "Folder with valid.java-cs.txt.java and .cs." };
        var systems = new Option<string[]>("--system")
        {
            Description = refinement ? "Systems to run: copy. Default: all." : "Systems to run: copy, ast. Default: all.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => refinement ? ["copy"] : [.. EvalRunner.TranslationSystems],
        };
        var variants = new Option<string[]>(refinement ? "--size" : "--direction")
        {
            Description = refinement ? "small, medium (default both)." : "java-cs, cs-java (default both).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => refinement ? ["small", "medium"] : ["java-cs", "cs-java"],
        };
        var split = new Option<string>("--split") { Description = "Split file prefix (valid; test where you have it).", DefaultValueFactory = _ => "valid" };
        var report = new EvalReportOptions();
        var command = new Command(task, description) { predictions, references, lang, data, systems, variants, split };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, report, stdout, stderr, async (runner, ct) =>
        {
            if (parse.GetValue(predictions) is { } p && parse.GetValue(references) is { } r)
            {
                await runner.PredictionsAsync(task, p, r, parse.GetValue(lang), "predictions", ct).ConfigureAwait(false);
            }
            else if (parse.GetValue(data) is { } d)
            {
                await (refinement
                    ? runner.RefinementAsync(d, parse.GetValue(variants)!, parse.GetValue(systems)!, parse.GetValue(split)!, ct)
                    : runner.TranslationAsync(d, parse.GetValue(variants)!, parse.GetValue(systems)!, parse.GetValue(split)!, ct)).ConfigureAwait(false);
            }
            else
            {
                throw new EvaluationInputException("Pass --predictions FILE --references FILE to score outputs, or --data DIR to run systems.");
            }
        }, cancellationToken));
        return command;
    }

    public static Command CodeRosetta(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The coderosetta folder (cpp-cuda/, fortran-cpp/).", Required = true };
        var sets = new Option<string[]>("--set") { Description = "cpp-cuda, fortran-cpp (default both).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["cpp-cuda", "fortran-cpp"] };
        var systems = new Option<string[]>("--system") { Description = "copy, ast (default both).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. EvalRunner.TranslationSystems] };
        var report = new EvalReportOptions();
        var command = new Command(EvalRunner.CodeRosettaTask, "CodeRosetta sets: C++ to CUDA and Fortran to C++ (BLEU, exact match, CodeBLEU with the C++ grammar).") { data, sets, systems };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, report, stdout, stderr,
            (runner, ct) => runner.CodeRosettaAsync(parse.GetValue(data)!, parse.GetValue(sets)!, parse.GetValue(systems)!, ct), cancellationToken));
        return command;
    }

    public static Command Transcoder(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The transcoder-gfg folder (manifest.jsonl, java/, cpp/, python/).", Required = true };
        var from = new Option<string[]>("--from") { Description = "Source languages: java, cpp (default both). The target is Python.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["java", "cpp"] };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N problems (by id)." };
        var python = new Option<string>("--python") { Description = "Python interpreter that runs the test scripts.", DefaultValueFactory = _ => "python3" };
        var report = new EvalReportOptions();
        var command = new Command(TranscoderSuite.Task, "TransCoder GeeksforGeeks computational accuracy of the AST translators (Java/C++ to Python, run against unit tests).") { data, from, limit, python };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, report, stdout, stderr,
            (runner, ct) => runner.TranscoderAsync(parse.GetValue(data)!, parse.GetValue(from)!, parse.GetValue(limit), parse.GetValue(python)!, ct), cancellationToken));
        return command;
    }

    public static Command PredictionsOnly(string task, string description, TextWriter stdout, TextWriter stderr)
    {
        var predictions = new Option<string>("--predictions") { Description = "System outputs in the official format.", Required = true };
        var references = new Option<string>("--references") { Description = "The official answers / test file.", Required = true };
        var report = new EvalReportOptions();
        var command = new Command(task, description) { predictions, references };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, report, stdout, stderr,
            (runner, ct) => runner.PredictionsAsync(task, parse.GetValue(predictions)!, parse.GetValue(references)!, null, "predictions", ct), cancellationToken));
        return command;
    }

    public static Command CloneJavaCSharp(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "Folder with valid.java-cs.txt.java and .cs.", Required = true };
        var split = new Option<string>("--split") { Description = "Split file prefix.", DefaultValueFactory = _ => "valid" };
        var model = new Option<string?>("--model") { Description = "Model directory. Default: the built-in all-MiniLM-L6-v2." };
        var report = new EvalReportOptions();
        var command = new Command(CrossLanguageCloneSearch.Task, "Zero-shot cross-language clone search: each Java method ranks all C# methods by embedding similarity (MRR, MAP).") { data, split, model };
        report.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, report, stdout, stderr, async (runner, ct) =>
        {
            var modelDirectory = await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(model), stderr, ct).ConfigureAwait(false);
            await runner.CloneSearchAsync(parse.GetValue(data)!, modelDirectory, parse.GetValue(split)!, ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }

    /// <summary>Runs <paramref name="work"/> in a session; bad input is an error naming file and line, exit code 1.</summary>
    internal static async Task<int> RunAsync(ParseResult parse, EvalReportOptions report, TextWriter stdout, TextWriter stderr, Func<EvalRunner, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            var session = report.Session(parse, stdout, stderr);
            await work(new EvalRunner(session, stderr, !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error)), cancellationToken).ConfigureAwait(false);
            return await session.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is EvaluationInputException or FormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
