using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CodeIntel.Cli.Retrieval;
using CodeIntel.CloneDetection.Semantic;

namespace CodeIntel.Cli.Commands;

/// <summary>
/// <c>codeintel eval clone-search --data DIR</c>: zero-shot cross-language clone search on the CodeXGLUE Java/C#
/// parallel functions. Each Java function is a query over all C# functions of the split (and the other way round);
/// the translation is the one right answer. Prints MRR, top-1 and top-5, and the cosine of true pairs that the
/// semantic clone threshold is chosen from.
/// </summary>
internal static class CloneSearchEvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "Folder with <split>.java-cs.txt.java and .cs (../shared/data/codexglue-java-cs).", Required = true };
        var split = new Option<string>("--split") { Description = "valid (499 pairs) or train.", DefaultValueFactory = _ => "valid" };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N pairs." };
        var model = new Option<string?>("--model") { Description = "Embedding model directory. Default: the built-in all-MiniLM-L6-v2." };
        var fp32 = new Option<bool>("--fp32") { Description = "Run the fp32 model instead of the int8-quantised one." };
        var command = new Command("clone-search", "Zero-shot cross-language clone search on CodeXGLUE Java/C# pairs: does the counterpart rank first?")
        {
            data, split, limit, model, fp32,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parse.GetValue(data)!);
            var name = parse.GetValue(split)!;
            var javaPath = Path.Combine(folder, $"{name}.java-cs.txt.java");
            var csharpPath = Path.Combine(folder, $"{name}.java-cs.txt.cs");
            if (!File.Exists(javaPath) || !File.Exists(csharpPath))
            {
                await stderr.WriteLineAsync($"codeintel: {javaPath} and {csharpPath} are needed (the CodeXGLUE code-to-code-trans files)").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var java = await File.ReadAllLinesAsync(javaPath, cancellationToken).ConfigureAwait(false);
            var csharp = await File.ReadAllLinesAsync(csharpPath, cancellationToken).ConfigureAwait(false);
            if (java.Length != csharp.Length)
            {
                await stderr.WriteLineAsync($"codeintel: {javaPath} has {java.Length} lines but {csharpPath} has {csharp.Length}; they must be parallel").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            var count = Math.Min(java.Length, parse.GetValue(limit) ?? int.MaxValue);
            var queries = java.Take(count).ToList();
            var candidates = csharp.Take(count).ToList();
            using var embedder = await EmbedderUnitAdapter.OpenAsync(parse.GetValue(model), parse.GetValue(fp32), stderr, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            var (javaToCs, csToJava) = await CrossLanguageSearch.RunAsync(embedder, queries, candidates, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync($"eval clone-search {name}: {count} Java/C# pairs, model {embedder.ModelName}, {clock.Elapsed.TotalSeconds:0.0} s").ConfigureAwait(false);
            await stdout.WriteLineAsync(Line("Java -> C#", javaToCs)).ConfigureAwait(false);
            await stdout.WriteLineAsync(Line("C# -> Java", csToJava)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Line(string direction, CrossLanguageRanking ranking)
    {
        var ranks = ranking.Ranks;
        return string.Create(CultureInfo.InvariantCulture,
            $"{direction}: MRR {ranks.Average(r => 1.0 / r):0.000}  top-1 {100.0 * ranks.Count(r => r == 1) / ranks.Length:0.0}%  top-5 {100.0 * ranks.Count(r => r <= 5) / ranks.Length:0.0}%  median rank {ranks.Order().ElementAt(ranks.Length / 2)}  " +
            $"counterpart cosine p10/p50 {Percentile(ranking.CounterpartCosines, 0.1):0.000}/{Percentile(ranking.CounterpartCosines, 0.5):0.000}  " +
            $"nearest other p50/p90 {Percentile(ranking.BestOtherCosines, 0.5):0.000}/{Percentile(ranking.BestOtherCosines, 0.9):0.000}  " +
            $"counterparts at or above {SemanticCloneFinder.DefaultMinCosine:0.00}: {100.0 * ranking.CounterpartCosines.Count(c => c >= SemanticCloneFinder.DefaultMinCosine) / ranks.Length:0.0}%");
    }

    private static float Percentile(float[] values, double p) => values.Order().ElementAt((int)Math.Min(values.Length - 1, p * values.Length));
}
