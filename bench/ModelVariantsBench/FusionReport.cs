using System.Globalization;
using CodeIntel.Retrieval.Embedding.Graph;
using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Bench.ModelVariants;

/// <summary>
/// Which operators ONNX Runtime actually runs: saves each model as optimised at each level and counts its node
/// types (fused kernels such as Attention, SkipLayerNormalization, DynamicQuantizeMatMul show up by name).
/// </summary>
internal static class FusionReport
{
    public static void Print(IEnumerable<(string Name, string Path)> models, int threads, TextWriter output)
    {
        var levels = new[] { GraphOptimizationLevel.ORT_ENABLE_BASIC, GraphOptimizationLevel.ORT_ENABLE_EXTENDED, GraphOptimizationLevel.ORT_ENABLE_ALL };
        var directory = Path.Combine(Path.GetTempPath(), "codeintel-fusion-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            foreach (var (name, path) in models)
            {
                output.WriteLine($"  {name}: {Histogram(OnnxModel.Load(path))}");
                foreach (var level in levels)
                {
                    var optimized = Path.Combine(directory, $"{name}.{level}.onnx");
                    using (var options = new SessionOptions { IntraOpNumThreads = threads, GraphOptimizationLevel = level, OptimizedModelFilePath = optimized })
                    using (new InferenceSession(path, options))
                    {
                    }
                    output.WriteLine($"    {level}: {Histogram(OnnxModel.Load(optimized))}");
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Histogram(OnnxModel model) =>
        string.Join(", ", model.Graph.Nodes
            .GroupBy(node => node.OpType)
            .OrderByDescending(group => group.Count())
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Key} {group.Count()}")));
}
