using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CodeIntel.Evaluation.Metrics.Bleu;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Neural;
using CodeIntel.Translation;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel bench neural --model DIR --data DIR</c>: translates the CodeXGLUE Java-&gt;C# valid split (or C#-&gt;Java
/// with <c>--reverse</c>) with the neural engine and prints corpus BLEU-4, exact match, the share of outputs that
/// parse, and decoding speed. Figures, not assertions.
/// </summary>
internal static class NeuralBenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "Exported model directory (encoder/decoder ONNX files, tokenizer.json, experts).", Required = true };
        var data = new Option<string>("--data") { Description = "Folder with valid.java-cs.txt.java and valid.java-cs.txt.cs.", Required = true };
        var beam = new Option<int?>("--beam") { Description = "Beam width (1: greedy). Default: the model's." };
        var noConstraints = new Option<bool>("--no-constraints") { Description = "Decode without the target grammar." };
        var noCache = new Option<bool>("--no-cache") { Description = "Re-run the decoder over the whole prefix each step instead of reusing its KV cache." };
        var expert = new Option<string>("--expert") { Description = "auto (the gate picks), none (base model), or an expert's name.", DefaultValueFactory = _ => "auto" };
        var limit = new Option<int>("--limit") { Description = "Translate only the first N pairs (0: all).", DefaultValueFactory = _ => 0 };
        var reverse = new Option<bool>("--reverse") { Description = "Translate C# to Java instead." };
        var output = new Option<string?>("--out") { Description = "Also write one JSON line per pair (source, reference, output, whether it parses) here." };
        var command = new Command("neural", "Quality and speed of the neural translator on the CodeXGLUE Java<->C# valid split.")
        {
            model, data, beam, noConstraints, noCache, expert, limit, reverse, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataDir = parse.GetValue(data)!;
            var back = parse.GetValue(reverse);
            var sourceFile = Path.Combine(dataDir, back ? "valid.java-cs.txt.cs" : "valid.java-cs.txt.java");
            var referenceFile = Path.Combine(dataDir, back ? "valid.java-cs.txt.java" : "valid.java-cs.txt.cs");
            if (!File.Exists(sourceFile) || !File.Exists(referenceFile))
            {
                await stderr.WriteLineAsync($"'{dataDir}' lacks valid.java-cs.txt.java / valid.java-cs.txt.cs (the CodeXGLUE code-to-code-trans valid split).").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var sources = await File.ReadAllLinesAsync(sourceFile, cancellationToken).ConfigureAwait(false);
            var references = await File.ReadAllLinesAsync(referenceFile, cancellationToken).ConfigureAwait(false);
            if (sources.Length != references.Length)
            {
                await stderr.WriteLineAsync($"'{sourceFile}' has {sources.Length} lines but '{referenceFile}' has {references.Length}: the split must be parallel.").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var count = parse.GetValue(limit) is > 0 and var n ? Math.Min(n, sources.Length) : sources.Length;
            var options = new NeuralTranslatorOptions
            {
                Beams = parse.GetValue(beam),
                Constrained = !parse.GetValue(noConstraints),
                UseKvCache = !parse.GetValue(noCache),
                Expert = parse.GetValue(expert)!,
            };
            NeuralTranslator translator;
            try
            {
                translator = NeuralTranslator.Open(parse.GetValue(model)!, options);
            }
            catch (NeuralModelException e)
            {
                await stderr.WriteLineAsync(e.Message).ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            using (translator)
            {
                var (from, to, grammar) = back ? (Language.CSharp, TranslationTarget.Java, Grammar.Java) : (Language.Java, TranslationTarget.CSharp, Grammar.CSharp);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"bench neural {from.Id}->{to.Id}: {count} pairs, beam {options.Beams?.ToString(CultureInfo.InvariantCulture) ?? "default"}, constraints {(options.Constrained ? "on" : "off")}, KV cache {(options.UseKvCache ? "on" : "off")}, expert {options.Expert}")).ConfigureAwait(false);
                using var parser = new TreeSitterParser(grammar);
                var outputs = new List<string>();
                await using var lines = parse.GetValue(output) is { } outPath ? new StreamWriter(outPath) : null;
                int exact = 0, parses = 0;
                long generated = 0, scored = 0;
                var routed = new Dictionary<string, int>();
                var clock = new Stopwatch();
                for (var i = 0; i < count; i++)
                {
                    clock.Start();
                    var result = translator.Translate(new TranslationRequest(sources[i], to, from), options, null, cancellationToken);
                    clock.Stop();
                    outputs.Add(result.Text);
                    generated += result.Tokens.Count;
                    scored += result.TokensDecoded;
                    exact += Normalize(result.Text) == Normalize(references[i]) ? 1 : 0;
                    using var tree = parser.Parse(SourceText.FromString("class C {\n" + result.Text + "\n}\n"), cancellationToken);
                    var parsed = !tree.Root.HasError && !string.IsNullOrWhiteSpace(result.Text);
                    parses += parsed ? 1 : 0;
                    if (lines is not null)
                    {
                        await lines.WriteLineAsync(JsonSerializer.Serialize(new { source = sources[i], reference = references[i], output = result.Text, parses = parsed })).ConfigureAwait(false);
                    }
                    var key = result.Expert ?? "base";
                    routed[key] = routed.GetValueOrDefault(key) + 1;
                    if ((i + 1) % 50 == 0)
                    {
                        await stderr.WriteLineAsync($"  {i + 1}/{count}").ConfigureAwait(false);
                    }
                }
                var seconds = clock.Elapsed.TotalSeconds;
                var tokenized = references[..count].Select(Tokens.Code).ToList();
                var bleu = CodeXglueBleu.Corpus(tokenized, outputs.Select(Tokens.Code).ToList()).Bleu;
                var copy = CodeXglueBleu.Corpus(tokenized, sources[..count].Select(Tokens.Code).ToList()).Bleu;
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"BLEU-4 {bleu:0.00} (copying the source: {copy:0.00}); exact match {100.0 * exact / count:0.0}% ({exact}/{count}); parses {100.0 * parses / count:0.0}% ({parses}/{count})")).ConfigureAwait(false);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"speed: {generated / seconds:0.0} output tokens/s, {scored / seconds:0.0} hypothesis tokens scored/s, {1000 * seconds / count:0} ms a translation ({seconds:0.0} s in all)")).ConfigureAwait(false);
                await stdout.WriteLineAsync("experts: " + string.Join(", ", routed.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"))).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Normalize(string code) => Tokens.Code(code);
}
