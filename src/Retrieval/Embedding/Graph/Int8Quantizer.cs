namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// Dynamic int8 quantisation of the matrix products of a model whose weights are constant: weights are quantised
/// once, per output column, symmetric; activations are quantised at run time, per tensor, by the model itself.
/// </summary>
/// <remarks>
/// Each <c>MatMul(A, W)</c> whose W is a float initializer [K, N] becomes
/// <code>
/// DynamicQuantizeLinear(A)                      -> A_q (uint8), A_scale, A_zero_point
/// MatMulInteger(A_q, W_q, A_zero_point, W_zp)   -> int32       (W_q int8 [K, N], W_zp int8 zeros [N])
/// Cast(to float)                                -> float
/// Mul(A_scale, W_scale)                         -> scale [N]   (W_scale[n] = max|W[:, n]| / 127)
/// Mul(product, scale)                           -> the MatMul's original output
/// </code>
/// which is the pattern ONNX Runtime fuses into its own dynamically quantised matrix product. A activations shared
/// by several MatMuls (BERT's query, key and value) are quantised once. Everything else stays fp32.
/// </remarks>
public static class Int8Quantizer
{
    /// <summary>ONNX opset that introduced DynamicQuantizeLinear.</summary>
    public const int MinimumOpset = 11;

    private const long CastToFloat = (long)OnnxDataType.Float;

    /// <summary>Quantises <paramref name="model"/> in place and removes the float weights it no longer reads.</summary>
    /// <exception cref="OnnxFormatException">The model's default-domain opset is older than <see cref="MinimumOpset"/>.</exception>
    public static Int8QuantizationResult Quantize(OnnxModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Opsets.TryGetValue(string.Empty, out var opset) || opset < MinimumOpset)
        {
            throw new OnnxFormatException(
                $"The model imports ONNX opset {opset}; int8 quantisation needs DynamicQuantizeLinear, which is opset {MinimumOpset} or later. Re-export the model with a newer opset.");
        }
        var graph = model.Graph;
        var names = new UniqueNames(graph);
        var graphInputs = graph.Inputs.Select(input => input.Name).ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<string, QuantizedWeight>(StringComparer.Ordinal);
        var activations = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int quantized = 0, kept = 0;
        long floatBytes = 0, int8Bytes = 0;

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var node = graph.Nodes[i];
            if (node.OpType != "MatMul" || !node.IsStandardOperator || node.Inputs.Count != 2)
            {
                continue;
            }
            var (a, w) = (node.Inputs[0], node.Inputs[1]);
            var weight = graph.FindInitializer(w);
            if (weight is not { DataType: OnnxDataType.Float, Dims.Count: 2 } || graphInputs.Contains(w) || graph.FindInitializer(a) is not null)
            {
                // Not a product with a constant weight (attention's Q·Kᵀ and its ·V, or a weight a caller may override).
                kept++;
                continue;
            }
            if (!weights.TryGetValue(w, out var q))
            {
                q = QuantizedWeight.Create(weight, names);
                weights[w] = q;
                graph.SetInitializer(q.Values);
                graph.SetInitializer(q.Scale);
                graph.SetInitializer(q.ZeroPoint);
                floatBytes += weight.ElementCount * sizeof(float);
                int8Bytes += q.Values.ElementCount + (q.Scale.ElementCount * sizeof(float)) + q.ZeroPoint.ElementCount;
            }

            var prefix = node.Name is { Length: > 0 } nodeName ? nodeName : node.Outputs[0];
            var replacement = new List<OnnxNode>();
            if (!activations.TryGetValue(a, out var aq))
            {
                aq = [names.Next(a + "_quantized"), names.Next(a + "_scale"), names.Next(a + "_zero_point")];
                activations[a] = aq;
                replacement.Add(new OnnxNode("DynamicQuantizeLinear", [a], aq, names.Next(a + "_DynamicQuantizeLinear")));
            }
            var product = names.Next(prefix + "_int32");
            var productFloat = names.Next(prefix + "_float");
            var scale = names.Next(prefix + "_scale");
            replacement.Add(new OnnxNode("MatMulInteger", [aq[0], q.Values.Name, aq[2], q.ZeroPoint.Name], [product], names.Next(prefix + "_MatMulInteger")));
            replacement.Add(new OnnxNode("Cast", [product], [productFloat], names.Next(prefix + "_Cast"), [OnnxAttribute.Create("to", CastToFloat)]));
            replacement.Add(new OnnxNode("Mul", [aq[1], q.Scale.Name], [scale], names.Next(prefix + "_ScaleMul")));
            replacement.Add(new OnnxNode("Mul", [productFloat, scale], [node.Outputs[0]], names.Next(prefix + "_Mul")));
            graph.ReplaceNode(i, replacement);
            i += replacement.Count - 1;
            quantized++;
        }
        var pruned = graph.Prune();
        return new Int8QuantizationResult(quantized, kept, floatBytes, int8Bytes, pruned);
    }
}
