namespace CodeIntel.Retrieval.Embedding;

/// <summary>How an <see cref="OnnxEmbedder"/> loads and runs its model. Every property has a documented default.</summary>
public sealed class OnnxEmbedderOptions
{
    /// <summary>The file read for the last layer. Default <c>model.onnx</c>; a quantised variant such as
    /// <c>model.int8.onnx</c> selects that precision (see <see cref="Precision"/>).</summary>
    public string ModelFileName { get; init; } = "model.onnx";

    /// <summary>The layer to take the embedding from; null (default) means the model's last layer. An earlier exit
    /// reads the truncated model <c>model.exit{N}.onnx</c> (for <c>model.int8.onnx</c>: <c>model.exit{N}.int8.onnx</c>),
    /// which the graph-truncation step produces.</summary>
    public int? ExitLayer { get; init; }

    /// <summary>Precision recorded in <see cref="EmbedderInfo.Precision"/>; null (default) infers it from
    /// <see cref="ModelFileName"/>: <c>model.X.onnx</c> gives X, anything else fp32.</summary>
    public string? Precision { get; init; }

    /// <summary>ONNX Runtime intra-op threads; null (default) means the number of physical cores.</summary>
    public int? IntraOpThreads { get; init; }

    /// <summary>Most padded tokens (texts × longest text) in one batch. Default 2,048: on a 2-core CPU, MiniLM on
    /// code chunks ran fastest at 1,024 to 2,048 and slowed down from 4,096 up, as activations outgrow the caches.</summary>
    public int MaxBatchTokens { get; init; } = 2048;

    /// <summary>Most texts in one batch. Default 64.</summary>
    public int MaxBatchSize { get; init; } = 64;

    /// <summary>Linear map applied after pooling and before normalisation; null (default) for none.</summary>
    public LinearHead? Head { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid property.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ModelFileName) || !ModelFileName.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase)
            || ModelFileName.IndexOfAny(['/', '\\']) >= 0)
        {
            throw new ArgumentException($"ModelFileName '{ModelFileName}' must be a file name ending in .onnx, such as model.onnx or model.int8.onnx.", nameof(ModelFileName));
        }
        if (ExitLayer is <= 0)
        {
            throw new ArgumentException($"ExitLayer {ExitLayer} must be a layer number from 1, or null for the last layer.", nameof(ExitLayer));
        }
        if (IntraOpThreads is <= 0)
        {
            throw new ArgumentException($"IntraOpThreads {IntraOpThreads} must be positive, or null for the number of physical cores.", nameof(IntraOpThreads));
        }
        if (MaxBatchTokens <= 0 || MaxBatchSize <= 0)
        {
            throw new ArgumentException($"MaxBatchTokens ({MaxBatchTokens}) and MaxBatchSize ({MaxBatchSize}) must be positive.");
        }
        if (Precision is not null && string.IsNullOrWhiteSpace(Precision))
        {
            throw new ArgumentException("Precision must be null (inferred) or a name such as fp32 or int8.", nameof(Precision));
        }
    }

    /// <summary>The model file for <paramref name="exit"/>: <see cref="ModelFileName"/> for the last layer, else the
    /// truncated variant that <see cref="Graph.ModelVariants"/> writes (<c>model.exit{N}.onnx</c>, <c>model.exit{N}.int8.onnx</c>).</summary>
    internal string FileFor(int exit, int lastLayer)
    {
        if (exit == lastLayer)
        {
            return ModelFileName;
        }
        var stem = ModelFileName[..^".onnx".Length];
        var quantized = stem.EndsWith(".int8", StringComparison.OrdinalIgnoreCase);
        var source = (quantized ? stem[..^".int8".Length] : stem) + ".onnx";
        return Graph.ModelVariants.FileName(exit, quantized, source);
    }

    internal string EffectivePrecision()
    {
        if (Precision is not null)
        {
            return Precision;
        }
        var parts = ModelFileName.Split('.');
        return parts.Length == 3 ? parts[1] : "fp32";
    }
}
