using System.CommandLine;
using CodeIntel.Parsing.Languages;
using CodeIntel.Translation;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel translate FILE --to cpp|cuda|python [--from LANG] [--out FILE]</c>: one file through the translation router.</summary>
internal static class TranslateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "The source file to translate." };
        var to = new Option<string>("--to") { Description = "Target language: " + string.Join(", ", TranslationTarget.All.Select(t => t.Id)) + ".", Required = true };
        var from = new Option<string?>("--from") { Description = "Source language id (fortran, cpp, ...); default: from the extension, else detected." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the translation here instead of to standard output." };
        var command = new Command("translate",
            "Translate one file: Fortran to C++ (OpenMP kept), C++ loops to CUDA kernels, and the other pairs the built-in " +
            "translators know. Every construct not translated faithfully is reported on standard error with its line and " +
            "left in the output as a marked comment. Exit codes: 0 done (warnings may be printed), 1 file missing or no " +
            "translator for the pair or unreadable source, 2 invalid arguments.");
        command.Arguments.Add(file);
        command.Options.Add(to);
        command.Options.Add(from);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await stderr.WriteLineAsync($"error: {path.FullName} does not exist.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            if (TranslationTarget.FromId(parse.GetValue(to)!) is not { } target)
            {
                await stderr.WriteLineAsync($"error: unknown target '{parse.GetValue(to)}'; use one of {string.Join(", ", TranslationTarget.All.Select(t => t.Id))}.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            Language? language = null;
            if (parse.GetValue(from) is { } fromId && (language = Language.FromId(fromId.ToLowerInvariant())) is null)
            {
                await stderr.WriteLineAsync($"error: unknown source language '{fromId}'.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var source = await File.ReadAllTextAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            using var detector = new LanguageDetector();
            var router = BuiltInTranslators.CreateRouter(detector);
            TranslationResult result;
            try
            {
                result = await router.TranslateAsync(new TranslationRequest(source, target, language, path.FullName), cancellationToken).ConfigureAwait(false);
            }
            catch (TranslationUnavailableException ex)
            {
                await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            foreach (var warning in result.Warnings)
            {
                await stderr.WriteLineAsync($"{path.Name}:{warning.Start.Line + 1}: warning: {warning.Message}").ConfigureAwait(false);
            }
            if (parse.GetValue(output) is { } outFile)
            {
                await File.WriteAllTextAsync(outFile.FullName, result.Text, cancellationToken).ConfigureAwait(false);
                await stderr.WriteLineAsync($"{result.Translator}: wrote {outFile.FullName} ({result.Warnings.Count} warning(s)).").ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteAsync(result.Text).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
