namespace CodeIntel.Translation.Neural;

/// <summary>
/// SteloCoder's router: a linear layer over the base encoder's max-pooled states; the argmax names the expert.
/// </summary>
internal sealed class ExpertGate(IReadOnlyList<string> labels, float[][] weight, float[] bias)
{
    public IReadOnlyList<string> Labels { get; } = labels;

    /// <summary>The label the gate picks for encoder states <paramref name="memory"/> [length, width], and its softmax probability.</summary>
    public (string Label, double Probability) Pick(ReadOnlySpan<float> memory, int length, int width)
    {
        var pooled = new float[width];
        Array.Fill(pooled, float.NegativeInfinity);
        for (var t = 0; t < length; t++)
        {
            for (var i = 0; i < width; i++)
            {
                pooled[i] = Math.Max(pooled[i], memory[(t * width) + i]);
            }
        }
        var logits = new double[Labels.Count];
        for (var k = 0; k < logits.Length; k++)
        {
            double sum = bias[k];
            for (var i = 0; i < width; i++)
            {
                sum += weight[k][i] * pooled[i];
            }
            logits[k] = sum;
        }
        var best = 0;
        for (var k = 1; k < logits.Length; k++)
        {
            best = logits[k] > logits[best] ? k : best;
        }
        var total = logits.Sum(l => Math.Exp(l - logits[best]));
        return (Labels[best], 1.0 / total);
    }
}
