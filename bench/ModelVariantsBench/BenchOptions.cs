using System.Globalization;

namespace CodeIntel.Bench.ModelVariants;

/// <summary>Command-line options of the benchmark, with its defaults.</summary>
internal sealed record BenchOptions(
    string? Corpus, int Texts, int MaxTokens, int Batch, int Threads, int Rounds, int TweakTexts, string? ModelDirectory, bool Exits, bool Tweaks, bool Fusions)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(null, 2000, 256, 32, 2, 3, 500, null, true, true, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--corpus" => options with { Corpus = Value() },
                "--texts" => options with { Texts = Number() },
                "--max-tokens" => options with { MaxTokens = Number() },
                "--batch" => options with { Batch = Number() },
                "--threads" => options with { Threads = Number() },
                "--rounds" => options with { Rounds = Number() },
                "--tweak-texts" => options with { TweakTexts = Number() },
                "--model-dir" => options with { ModelDirectory = Value() },
                "--no-exits" => options with { Exits = false },
                "--no-tweaks" => options with { Tweaks = false },
                "--fusions" => options with { Fusions = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}; see the comment at the top of Program.cs."),
            };
        }
        return options;
    }
}
