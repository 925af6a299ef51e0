using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CodeIntel.Parsing.Languages;
using CodeIntel.Translation;
using CodeIntel.Translation.Benchmarks.Transcoder;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench transcoder --data DIR [--from cpp|java|all]</c>: computational accuracy of the AST experts on
/// TransCoder GeeksforGeeks, per source language, with failures grouped by cause.
/// </summary>
internal static class TranscoderBenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The transcoder-gfg folder (cpp/, java/, python/).", Required = true };
        var from = new Option<string>("--from") { Description = "cpp, java or all (default).", DefaultValueFactory = _ => "all" };
        var only = new Option<string[]>("--only") { Description = "Only these problem ids; repeatable.", AllowMultipleArgumentsPerToken = true };
        var show = new Option<int>("--show") { Description = "Failures listed per cause (default 10; 0 lists none).", DefaultValueFactory = _ => 10 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds per problem (default 10).", DefaultValueFactory = _ => 10 };
        var python = new Option<string>("--python") { Description = "Python interpreter (default python3).", DefaultValueFactory = _ => "python3" };
        var check = new Option<bool>("--check-source") { Description = "Also compile and run each failing problem's C++ (g++) or Java (javac) source and report whether the translation returned what the source returned (the Python reference sometimes does not)." };
        var output = new Option<string?>("--out") { Description = "Also write one JSON line per problem (id, language, outcome, detail, translation) here." };
        var command = new Command("transcoder",
            "Computational accuracy of translation to Python on TransCoder GeeksforGeeks: each f_gold is translated, filled into the Python " +
            "harness as f_filled and run in a child python3 with time and memory limits; a problem passes when all its tests agree.")
        {
            data, from, only, show, timeout, python, check, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(data)!;
            var languages = parse.GetValue(from) switch
            {
                "cpp" => new[] { Language.Cpp },
                "java" => [Language.Java],
                "all" => [Language.Cpp, Language.Java],
                var other => null,
            };
            if (languages is null)
            {
                await stderr.WriteLineAsync($"codeintel: --from must be cpp, java or all, not '{parse.GetValue(from)}'").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            if (!Directory.Exists(folder))
            {
                await stderr.WriteLineAsync($"codeintel: no such folder '{folder}' (the transcoder-gfg data set)").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            using var detector = new LanguageDetector();
            var options = new TranscoderOptions { Python = parse.GetValue(python)!, Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)), CheckSource = parse.GetValue(check) };
            var runner = new TranscoderRunner(BuiltInTranslators.CreateRouter(detector), options);
            var scratch = Path.Combine(Path.GetTempPath(), "codeintel-transcoder-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var ids = parse.GetValue(only) is { Length: > 0 } selected ? new HashSet<string>(selected, StringComparer.Ordinal) : null;
            await using var log = parse.GetValue(output) is { } outPath ? new StreamWriter(outPath) : null;
            try
            {
                foreach (var language in languages)
                {
                    var problems = TranscoderDataset.Load(folder, language).Where(p => ids is null || ids.Contains(p.Id)).ToArray();
                    var clock = Stopwatch.StartNew();
                    var outcomes = await runner.RunAsync(problems, scratch, cancellationToken).ConfigureAwait(false);
                    await Report(stdout, language, outcomes, clock.Elapsed, parse.GetValue(show)).ConfigureAwait(false);
                    if (log is not null)
                    {
                        foreach (var o in outcomes)
                        {
                            await log.WriteLineAsync(JsonSerializer.Serialize(new { id = o.Problem.Id, language = language.Id, outcome = o.Failure.ToString(), o.Passed, o.Total, detail = o.Detail, sourceAgrees = o.SourceAgrees, translation = o.Translation })).ConfigureAwait(false);
                        }
                    }
                }
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Report(TextWriter stdout, Language language, IReadOnlyList<TranscoderOutcome> outcomes, TimeSpan elapsed, int show)
    {
        var passed = outcomes.Count(o => o.Success);
        var share = outcomes.Count == 0 ? 0 : 100.0 * passed / outcomes.Count;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{language.Name} -> Python: {passed} of {outcomes.Count} problems pass all tests ({share:0.0}%) in {elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
        if (outcomes.Any(o => o.SourceAgrees is not null))
        {
            var faithful = passed + outcomes.Count(o => o.SourceAgrees == true);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  same results as the {language.Name} source on the harness inputs: {faithful} of {outcomes.Count} ({100.0 * faithful / outcomes.Count:0.0}%; passing problems counted as agreeing, {outcomes.Count(o => !o.Success && o.SourceAgrees is null)} failures not checkable)")).ConfigureAwait(false);
        }
        foreach (var group in outcomes.Where(o => !o.Success).GroupBy(o => o.Failure).OrderByDescending(g => g.Count()))
        {
            var agreeing = group.Count(o => o.SourceAgrees == true);
            var checkedCount = group.Count(o => o.SourceAgrees is not null);
            var note = checkedCount == 0 ? string.Empty : $" (run against the source: {agreeing} of {checkedCount} return exactly what the source returns; the reference differs there)";
            await stdout.WriteLineAsync($"  {Label(group.Key)}: {group.Count()}{note}").ConfigureAwait(false);
            foreach (var o in group.Take(show))
            {
                var verdict = o.SourceAgrees switch { true => " [agrees with the source]", false => " [differs from the source]", null => string.Empty };
                await stdout.WriteLineAsync($"    {o.Problem.Id}: {o.Detail}{verdict}").ConfigureAwait(false);
            }
        }
    }

    private static string Label(TranscoderFailure failure) => failure switch
    {
        TranscoderFailure.DidNotParse => "did not parse (or translator error)",
        TranscoderFailure.UntranslatedConstruct => "untranslated construct",
        TranscoderFailure.Exception => "exception",
        TranscoderFailure.WrongAnswer => "wrong answer",
        TranscoderFailure.Timeout => "timeout",
        _ => "no f_gold in the source",
    };
}
