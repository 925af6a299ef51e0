using System.Text.Json;

namespace CodeIntel.Translation.Tests.Neural;

/// <summary>
/// The tiny Java&lt;-&gt;C# model the project trains and commits (training/neural-translation/model), and the
/// PyTorch greedy/beam outputs its training script dumped beside it. Tests skip, saying so, where it is absent.
/// </summary>
internal static class TinyModel
{
    public const string Missing = TrainedModels.NeuralTranslationMissing;

    public static string? Directory() => TrainedModels.NeuralTranslation();

    /// <summary>The max_length the reference outputs were decoded with.</summary>
    public static int ReferenceMaxLength(string directory)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "reference_outputs.json")));
        return doc.RootElement.GetProperty("beam").GetProperty("max_length").GetInt32();
    }

    public static IReadOnlyList<ReferenceCase> References(string directory)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "reference_outputs.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new ReferenceCase(
            c.GetProperty("source").GetString()!,
            Ints(c, "input_ids"),
            Ints(c, "greedy"),
            Ints(c, "beam4"),
            Ints(c, "greedy_java_expert"),
            Ints(c, "beam4_java_expert"))).ToArray();
    }

    private static int[] Ints(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetInt32()).ToArray();
}

/// <summary>One input and the token ids PyTorch produced for it (no KV cache, length penalty 1, no early stopping).</summary>
internal sealed record ReferenceCase(string Source, int[] InputIds, int[] Greedy, int[] Beam4, int[] GreedyJavaExpert, int[] Beam4JavaExpert);
