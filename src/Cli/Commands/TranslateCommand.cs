using System.CommandLine;
using System.Text.Json;
using CodeIntel.Parsing.Languages;
using CodeIntel.Translation;
using CodeIntel.Translation.Neural;
using CodeIntel.Translation.Routing;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel translate FILE|- [--to python|cpp|cuda] [--from auto|LANG] [--json] [--out FILE]</c>: translates a file or stdin.</summary>
internal static class TranslateCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(Console.In, stdout, stderr);

    /// <summary>The command reading '-' from <paramref name="stdin"/> (tests pass a reader).</summary>
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file") { Description = "The source file, or - to read standard input." };
        var to = new Option<string>("--to") { Description = "Target language: python (default), cpp (from Fortran) or cuda (from C++).", DefaultValueFactory = _ => "python" };
        var from = new Option<string>("--from") { Description = "Source language: auto (default: extension, else the language gate), csharp, cpp, java, javascript, php or fortran.", DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = "Write JSON: text, source language, detection, translator and warnings." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the translation (or the JSON) to this file instead of standard output." };
        var engine = new Option<string>("--engine") { Description = "ast (default: the offline AST experts) or neural (an exported encoder-decoder model, --model).", DefaultValueFactory = _ => "ast" };
        var model = new Option<string?>("--model") { Description = "With --engine neural: the exported model directory (encoder/decoder ONNX files, tokenizer.json, experts)." };
        var beam = new Option<int?>("--beam") { Description = "With --engine neural: beam width (default: the model's generation config)." };
        var noConstraints = new Option<bool>("--no-constraints") { Description = "With --engine neural: decode without the target grammar's validity checks." };
        var expert = new Option<string>("--expert") { Description = "With --engine neural: auto (the gate picks), none (base model), or an expert's name.", DefaultValueFactory = _ => "auto" };
        var command = new Command("translate",
            "Translate source code with the offline AST experts: C++ and Java to Python, Fortran to C++ (OpenMP kept), C++ loops " +
            "to CUDA kernels. The translation goes to stdout (or --out); " +
            "every construct not translated faithfully is marked in the output and reported as a warning (stderr, with its line). " +
            "Exit codes: 0 translated, 1 unreadable input or no translator for the pair, 2 invalid arguments.")
        {
            input, to, from, json, output, engine, model, beam, noConstraints, expert,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            if (TranslationTarget.FromId(parse.GetValue(to)!) is not { } target)
            {
                await stderr.WriteLineAsync($"codeintel: unknown target '{parse.GetValue(to)}'; use one of {string.Join(", ", TranslationTarget.All)}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            var fromId = parse.GetValue(from)!;
            Language? language = null;
            if (!string.Equals(fromId, "auto", StringComparison.OrdinalIgnoreCase) && (language = Language.FromId(fromId.ToLowerInvariant())) is null)
            {
                await stderr.WriteLineAsync($"codeintel: unknown source language '{fromId}'; use auto, csharp, cpp, java, javascript, php or fortran").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            string source;
            if (path == "-")
            {
                source = await stdin.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"codeintel: no such file '{path}'").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            else
            {
                source = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }

            using var detector = new LanguageDetector();
            NeuralTranslator? neural = null;
            TranslationRouter router;
            switch (parse.GetValue(engine)!.ToLowerInvariant())
            {
                case "ast":
                    router = BuiltInTranslators.CreateRouter(detector);
                    break;
                case "neural":
                    if (parse.GetValue(model) is not { } directory)
                    {
                        await stderr.WriteLineAsync("codeintel: --engine neural needs --model DIR (an exported model; see training/neural-translation)").ConfigureAwait(false);
                        return ExitCodes.Usage;
                    }
                    try
                    {
                        neural = NeuralTranslator.Open(directory, new NeuralTranslatorOptions
                        {
                            Beams = parse.GetValue(beam), Constrained = !parse.GetValue(noConstraints), Expert = parse.GetValue(expert)!,
                        });
                    }
                    catch (Exception e) when (e is NeuralModelException or ArgumentException)
                    {
                        await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
                        return ExitCodes.Failure;
                    }
                    router = new TranslationRouter(detector, [neural]);
                    break;
                default:
                    await stderr.WriteLineAsync($"codeintel: unknown engine '{parse.GetValue(engine)}'; use ast or neural").ConfigureAwait(false);
                    return ExitCodes.Usage;
            }
            using var owned = neural;
            TranslationResult result;
            try
            {
                var hint = path == "-" || language is not null ? null : path;
                result = await router.TranslateAsync(new TranslationRequest(source, target, language, hint), cancellationToken).ConfigureAwait(false);
            }
            catch (TranslationUnavailableException e)
            {
                await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            catch (InvalidOperationException e)
            {
                // A translator's own check failed (its output did not parse): the message names the translator and asks for a report.
                await stderr.WriteLineAsync($"codeintel: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var name = path == "-" ? "<stdin>" : path;
            var destination = parse.GetValue(output);
            var writer = destination is null ? stdout : new StringWriter();
            if (parse.GetValue(json))
            {
                var document = new
                {
                    result.Text,
                    SourceLanguage = result.SourceLanguage.Id,
                    Target = result.Target.Id,
                    Detection = result.Detection is { } d ? new { Language = d.Language.Id, d.Confidence } : null,
                    result.Translator,
                    Warnings = result.Warnings.Select(w => new
                    {
                        w.Message,
                        Start = new { Line = w.Start.Line + 1, Column = w.Start.Column + 1 },
                        End = new { Line = w.End.Line + 1, Column = w.End.Column + 1 },
                    }),
                };
                await writer.WriteLineAsync(JsonSerializer.Serialize(document, Json)).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteAsync(result.Text).ConfigureAwait(false);
            }
            if (destination is not null)
            {
                await File.WriteAllTextAsync(destination.FullName, writer.ToString(), cancellationToken).ConfigureAwait(false);
                await stderr.WriteLineAsync($"{result.Translator}: wrote {destination.FullName} ({result.Warnings.Count} warning(s))").ConfigureAwait(false);
            }
            if (result.Detection is { } guess)
            {
                await stderr.WriteLineAsync($"note: detected {guess.Language.Name} (confidence {guess.Confidence:P0}); pass --from to override").ConfigureAwait(false);
            }
            foreach (var warning in result.Warnings)
            {
                await stderr.WriteLineAsync($"{name}:{warning.Start.Line + 1}:{warning.Start.Column + 1}: warning: {warning.Message}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
