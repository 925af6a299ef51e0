namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>What <see cref="Int8Quantizer.Quantize"/> did.</summary>
/// <param name="MatMulsQuantized">MatMuls replaced by their int8 form.</param>
/// <param name="MatMulsKept">MatMuls left in fp32 (no constant float weight, e.g. attention's products).</param>
/// <param name="FloatWeightBytes">Bytes of the float weights replaced.</param>
/// <param name="Int8WeightBytes">Bytes of their int8 values, scales and zero points.</param>
/// <param name="Pruned">What was removed afterwards (the float weights no longer read).</param>
public sealed record Int8QuantizationResult(int MatMulsQuantized, int MatMulsKept, long FloatWeightBytes, long Int8WeightBytes, OnnxPruneResult Pruned);
