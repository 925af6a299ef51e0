using System.Text.Json;

namespace CodeIntel.Translation.Neural;

/// <summary><c>experts.json</c>: the LoRA sites and rank, the experts with their adapter files, and the gate.</summary>
internal sealed record ExpertCatalog(int Rank, int Width, IReadOnlyList<string> Sites, IReadOnlyList<LoraExpert> Experts, ExpertGate? Gate)
{
    public static ExpertCatalog Read(string directory)
    {
        var path = Path.Combine(directory, "experts.json");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new NeuralModelException($"'{path}' is not valid JSON ({e.Message}). Regenerate it with training/neural-translation/train.py.", e);
        }
        using (doc)
        {
            try
            {
                var root = doc.RootElement;
                var rank = root.GetProperty("lora").GetProperty("rank").GetInt32();
                var width = root.GetProperty("d_model").GetInt32();
                var sites = root.GetProperty("lora").GetProperty("sites").EnumerateArray().Select(s => s.GetString()!).ToArray();
                var experts = root.GetProperty("experts").EnumerateArray()
                    .Select(e => ReadExpert(directory, e, sites, rank, width)).ToArray();
                ExpertGate? gate = null;
                if (root.TryGetProperty("gate", out var g))
                {
                    var labels = g.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToArray();
                    var weight = g.GetProperty("weight").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetSingle()).ToArray()).ToArray();
                    var bias = g.GetProperty("bias").EnumerateArray().Select(v => v.GetSingle()).ToArray();
                    if (weight.Length != labels.Length || bias.Length != labels.Length || weight.Any(r => r.Length != width))
                    {
                        throw new NeuralModelException($"'{path}': the gate's weight must be [{labels.Length}, {width}] and its bias [{labels.Length}].");
                    }
                    var unknown = labels.FirstOrDefault(l => experts.All(e => e.Name != l));
                    if (unknown is not null)
                    {
                        throw new NeuralModelException($"'{path}': the gate routes to '{unknown}', which is not among the experts.");
                    }
                    gate = new ExpertGate(labels, weight, bias);
                }
                return new ExpertCatalog(rank, width, sites, experts, gate);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new NeuralModelException($"'{path}' lacks a field or has one of the wrong kind ({e.Message}). Regenerate it with training/neural-translation/train.py.", e);
            }
        }
    }

    private static LoraExpert ReadExpert(string directory, JsonElement e, string[] sites, int rank, int width)
    {
        var name = e.GetProperty("name").GetString()!;
        var file = Path.Combine(directory, e.GetProperty("file").GetString()!);
        if (!File.Exists(file))
        {
            throw new NeuralModelException($"The expert '{name}' needs '{file}', which is missing. Copy the experts/ folder with the model or regenerate it.");
        }
        var bytes = File.ReadAllBytes(file);
        var perMatrix = rank * width;
        var expected = sites.Length * 2 * perMatrix * sizeof(float);
        if (bytes.Length != expected)
        {
            throw new NeuralModelException(
                $"'{file}' holds {bytes.Length} bytes, but {sites.Length} LoRA sites of rank {rank} over width {width} need {expected}: the adapter was trained for another model.");
        }
        var tensors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var site in sites)
        {
            foreach (var part in new[] { "A", "B" })
            {
                var values = new float[perMatrix];
                Buffer.BlockCopy(bytes, offset, values, 0, perMatrix * sizeof(float));
                offset += perMatrix * sizeof(float);
                tensors[$"lora.{site}.{part}"] = values;
            }
        }
        return new LoraExpert(name, e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, tensors);
    }
}
