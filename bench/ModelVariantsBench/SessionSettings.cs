using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Bench.ModelVariants;

/// <summary>The ONNX Runtime session settings the benchmark compares.</summary>
internal static class SessionSettings
{
    public const string Default = "all opts, sequential, spinning";

    public static readonly string[] Tweaks =
    [
        Default,
        "spinning off",
        "parallel execution (2 inter-op)",
        "basic opts",
        "extended opts",
        "no memory pattern",
    ];

    public static SessionOptions Create(int threads, string tweak)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        switch (tweak)
        {
            case Default:
                break;
            case "spinning off":
                options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
                break;
            case "parallel execution (2 inter-op)":
                options.ExecutionMode = ExecutionMode.ORT_PARALLEL;
                options.InterOpNumThreads = 2;
                break;
            case "basic opts":
                options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC;
                break;
            case "extended opts":
                options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;
                break;
            case "no memory pattern":
                options.EnableMemoryPattern = false;
                break;
            default:
                throw new ArgumentException($"Unknown tweak '{tweak}'.", nameof(tweak));
        }
        return options;
    }
}
