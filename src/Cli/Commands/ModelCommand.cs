using System.CommandLine;
using System.Globalization;
using CodeIntel.Cli.Retrieval;
using CodeIntel.Retrieval.Embedding;
using CodeIntel.Retrieval.Embedding.Exits;
using CodeIntel.Retrieval.Embedding.Graph;

namespace CodeIntel.Cli.Commands;

/// <summary><c>codeintel model fit-exits</c>: fits the distilled heads that make a model's early exits useful.</summary>
internal static class ModelCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var model = new Command("model", "Manage embedding models.");
        var data = new Option<string>("--corpus")
        {
            Description = "A text file of code, one snippet per line (e.g. codexglue-java-cs/train.java-cs.txt.java).",
            Required = true,
        };
        var samples = new Option<int>("--samples") { Description = "Snippets to fit on.", DefaultValueFactory = _ => 4000 };
        var directory = new Option<string?>("--model") { Description = "Model directory (default: the built-in all-MiniLM-L6-v2)." };
        var fit = new Command("fit-exits",
            "Fit, for every early exit of the model, a linear head mapping that layer's pooled states onto the final embeddings " +
            "(self-distillation, closed-form ridge regression) and save it under the model's heads/ folder.")
        {
            data, samples, directory,
        };
        fit.SetAction(async (parse, cancellationToken) =>
        {
            var modelDirectory = await RetrievalSetup.ModelDirectoryAsync(parse.GetValue(directory), stderr, cancellationToken).ConfigureAwait(false);
            var profile = ModelProfile.Load(modelDirectory);
            var corpus = File.ReadLines(parse.GetValue(data)!).Where(l => l.Trim().Length > 0).Take(parse.GetValue(samples)).ToList();
            using var final = new OnnxEmbedder(modelDirectory);
            foreach (var exit in profile.Exits.Where(e => e != profile.Layers))
            {
                ModelVariants.EnsureExitModel(modelDirectory, exit, cancellationToken: cancellationToken);
                using var early = new OnnxEmbedder(modelDirectory, new OnnxEmbedderOptions { ExitLayer = exit });
                var head = await ExitHeadFitter.FitAsync(early, final, corpus, cancellationToken: cancellationToken).ConfigureAwait(false);
                var path = ExitHeads.PathFor(modelDirectory, exit);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                head.Save(path);
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"exit {exit}: head fitted on {corpus.Count} snippets -> {path}")).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        model.Subcommands.Add(fit);
        return model;
    }
}
