namespace CodeIntel.CloneDetection.Semantic;

/// <summary>
/// The embedding seam: turns code into vectors. The CLI adapts the retrieval layer's ONNX embedder to it, so this
/// project stands on Parsing alone.
/// </summary>
public interface IUnitEmbedder
{
    /// <summary>Short name of the model, for reports.</summary>
    string ModelName { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
