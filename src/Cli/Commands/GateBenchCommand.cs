using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench gate --snippets FILE</c>: accuracy and confusion matrix of the language gate (both stages,
/// as the translation router runs it) on held-out snippets written by <c>training/language-gate/held_out.py</c>.
/// </summary>
internal static class GateBenchCommand
{
    private static readonly string[] TranslationSources = ["csharp", "cpp", "java", "javascript", "php"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var snippets = new Option<string>("--snippets") { Description = "JSON lines {label, source, text} (python3 training/language-gate/held_out.py --out FILE).", Required = true };
        var errors = new Option<int>("--errors") { Description = "Also print this many misclassified snippets of the five languages (default 0).", DefaultValueFactory = _ => 0 };
        var command = new Command("gate",
            "Accuracy of the language gate on held-out snippets: over all languages, over the five translation source languages " +
            "(C#, C++, Java, JavaScript, PHP), and with the choice restricted to those five (what routing to an expert needs), with confusion matrices.")
        {
            snippets, errors,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(snippets)!;
            if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"codeintel: no such file '{path}'; write it with: python3 training/language-gate/held_out.py --out {path}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var rows = new List<(string Label, string Text)>();
            var lineNumber = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }
                using var document = JsonDocument.Parse(line);
                if (!document.RootElement.TryGetProperty("label", out var label) || !document.RootElement.TryGetProperty("text", out var text))
                {
                    await stderr.WriteLineAsync($"codeintel: {path}:{lineNumber}: expected an object with 'label' and 'text'").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }
                rows.Add((label.GetString()!, text.GetString()!));
            }
            using var detector = new LanguageDetector();
            var predictions = new List<(string Truth, string Predicted, string Restricted)>();
            var wrong = new List<string>();
            var clock = Stopwatch.StartNew();
            foreach (var (label, text) in rows)
            {
                var guess = detector.Detect(SourceText.FromString(text), cancellationToken);
                var predicted = guess?.Language.Id ?? "none";
                var restricted = guess?.Scores.FirstOrDefault(s => TranslationSources.Contains(s.Language.Id))?.Language.Id ?? "none";
                predictions.Add((label, predicted, restricted));
                if (TranslationSources.Contains(label) && predicted != label && wrong.Count < parse.GetValue(errors))
                {
                    wrong.Add($"--- {label} read as {predicted} ({guess?.Confidence:P0}):\n{text.TrimEnd()}");
                }
            }
            clock.Stop();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"bench gate {Path.GetFileName(path)}: {rows.Count} snippets, {clock.Elapsed.TotalMilliseconds / Math.Max(1, rows.Count):0.00} ms each")).ConfigureAwait(false);
            await Accuracy(stdout, "all languages", predictions, p => p.Predicted).ConfigureAwait(false);
            var five = predictions.Where(p => TranslationSources.Contains(p.Truth)).ToList();
            await Accuracy(stdout, "the five translation sources", five, p => p.Predicted).ConfigureAwait(false);
            await Accuracy(stdout, "the five, choice restricted to the five", five, p => p.Restricted).ConfigureAwait(false);
            await Matrix(stdout, five, p => p.Predicted).ConfigureAwait(false);
            await Ambiguity(stdout, rows, cancellationToken).ConfigureAwait(false);
            await SameTranslation(stdout, rows, predictions, detector, cancellationToken).ConfigureAwait(false);
            foreach (var snippet in wrong)
            {
                await stdout.WriteLineAsync(snippet).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How many of the gate's mistakes among the five parse without a single error under both grammars (the truth's and the answer's).</summary>
    private static async Task Ambiguity(TextWriter stdout, List<(string Label, string Text)> rows, CancellationToken cancellationToken)
    {
        using var detector = new LanguageDetector();
        using var parsers = new ParserPool();
        var mistakes = 0;
        var both = 0;
        foreach (var (label, text) in rows.Where(r => TranslationSources.Contains(r.Label)))
        {
            var answer = detector.Detect(SourceText.FromString(text), cancellationToken)?.Language;
            if (answer is null || answer.Id == label || !TranslationSources.Contains(answer.Id))
            {
                continue;
            }
            mistakes++;
            if (ParsesCleanly(parsers, Language.FromId(label)!, text, cancellationToken) && ParsesCleanly(parsers, answer, text, cancellationToken))
            {
                both++;
            }
        }
        await stdout.WriteLineAsync($"mistakes between two of the five that parse without error under both grammars: {both} of {mistakes}").ConfigureAwait(false);
    }

    /// <summary>
    /// What a misroute costs a user of "Translate to Python": for each mistake among the five (choice restricted to
    /// them), whether the expert the gate chose prints the same Python as the right expert.
    /// </summary>
    private static async Task SameTranslation(
        TextWriter stdout, List<(string Label, string Text)> rows, List<(string Truth, string Predicted, string Restricted)> predictions,
        LanguageDetector detector, CancellationToken cancellationToken)
    {
        var router = BuiltInTranslators.CreateRouter(detector);
        var (mistakes, same) = (0, 0);
        for (var i = 0; i < rows.Count; i++)
        {
            var (truth, _, answer) = predictions[i];
            if (!TranslationSources.Contains(truth) || answer == truth || !TranslationSources.Contains(answer))
            {
                continue;
            }
            mistakes++;
            var right = await TranslateOrNull(router, rows[i].Text, truth, cancellationToken).ConfigureAwait(false);
            var chosen = await TranslateOrNull(router, rows[i].Text, answer, cancellationToken).ConfigureAwait(false);
            if (right is not null && chosen is not null && right.Text == chosen.Text)
            {
                same++;
            }
        }
        await stdout.WriteLineAsync($"mistakes among the five (restricted) whose Python is the same as the right expert's: {same} of {mistakes}").ConfigureAwait(false);
    }

    private static async Task<TranslationResult?> TranslateOrNull(TranslationRouter router, string text, string language, CancellationToken cancellationToken)
    {
        try
        {
            return await router.TranslateAsync(new TranslationRequest(text, TranslationTarget.Python, Language.FromId(language)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TranslationUnavailableException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool ParsesCleanly(ParserPool parsers, Language language, string text, CancellationToken cancellationToken)
    {
        // The PHP grammar reads untagged text as HTML; the gate parses PHP behind an open tag too.
        var source = language.Id == "php" && !text.Contains("<?php", StringComparison.Ordinal) ? "<?php\n" + text : text;
        using var tree = parsers.Parse(language.Grammar, SourceText.FromString(source), cancellationToken);
        return !tree.Root.HasError;
    }

    private static async Task Accuracy(TextWriter stdout, string title, List<(string Truth, string Predicted, string Restricted)> rows, Func<(string Truth, string Predicted, string Restricted), string> choice)
    {
        var correct = rows.Count(r => r.Truth == choice(r));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"accuracy, {title}: {100.0 * correct / Math.Max(1, rows.Count):0.00}% ({correct} of {rows.Count})")).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => r.Truth).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ok = group.Count(r => r.Truth == choice(r));
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {group.Key,-11} {100.0 * ok / group.Count(),6:0.00}% ({ok} of {group.Count()})")).ConfigureAwait(false);
        }
    }

    private static async Task Matrix(TextWriter stdout, List<(string Truth, string Predicted, string Restricted)> rows, Func<(string Truth, string Predicted, string Restricted), string> choice)
    {
        var columns = TranslationSources.Concat(rows.Select(choice).Where(p => !TranslationSources.Contains(p)).Distinct().Order(StringComparer.Ordinal)).ToArray();
        await stdout.WriteLineAsync("confusion matrix, the five (rows: truth, columns: gate's answer):").ConfigureAwait(false);
        await stdout.WriteLineAsync("  " + new string(' ', 11) + string.Concat(columns.Select(c => $"{c,11}"))).ConfigureAwait(false);
        foreach (var truth in TranslationSources)
        {
            var cells = columns.Select(c => rows.Count(r => r.Truth == truth && choice(r) == c));
            await stdout.WriteLineAsync("  " + $"{truth,-11}" + string.Concat(cells.Select(n => $"{n,11}"))).ConfigureAwait(false);
        }
    }
}
