namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>A weight [K, N] quantised per output column to symmetric int8: values, scales [N] and zero points [N].</summary>
internal sealed record QuantizedWeight(OnnxTensor Values, OnnxTensor Scale, OnnxTensor ZeroPoint)
{
    /// <summary>Largest magnitude of a symmetric int8 value; -128 is left out so the range is symmetric.</summary>
    private const float Limit = 127f;

    public static QuantizedWeight Create(OnnxTensor weight, UniqueNames names)
    {
        var rows = checked((int)weight.Dims[0]);
        var columns = checked((int)weight.Dims[1]);
        var values = weight.ReadFloats();
        var scales = new float[columns];
        for (var k = 0; k < rows; k++)
        {
            var row = values.AsSpan(k * columns, columns);
            for (var n = 0; n < columns; n++)
            {
                scales[n] = Math.Max(scales[n], Math.Abs(row[n]));
            }
        }
        for (var n = 0; n < columns; n++)
        {
            // An all-zero column quantises to zeros under any scale; 1 keeps the division defined.
            scales[n] = scales[n] > 0 ? scales[n] / Limit : 1f;
        }
        var quantized = new sbyte[values.Length];
        for (var k = 0; k < rows; k++)
        {
            for (var n = 0; n < columns; n++)
            {
                var index = (k * columns) + n;
                quantized[index] = (sbyte)Math.Clamp(MathF.Round(values[index] / scales[n], MidpointRounding.ToEven), -Limit, Limit);
            }
        }
        return new QuantizedWeight(
            OnnxTensor.FromInt8(names.Next(weight.Name + "_quantized"), weight.Dims, quantized),
            OnnxTensor.FromFloats(names.Next(weight.Name + "_scale"), [columns], scales),
            OnnxTensor.FromInt8(names.Next(weight.Name + "_zero_point"), [columns], new sbyte[columns]));
    }
}
