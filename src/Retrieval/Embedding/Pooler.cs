using System.Numerics.Tensors;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>Turns one text's token states into one vector, as the profile says (see <see cref="Pooling"/>).</summary>
internal static class Pooler
{
    /// <param name="states">The text's row of the output: [sequence, hidden] for token pooling, [hidden] for none.</param>
    /// <param name="mask">The text's attention mask, length sequence (1 = real token).</param>
    /// <param name="hidden">The width of one token's state.</param>
    /// <param name="pooling">Mean over the real tokens, the first (CLS) token's state, or the row as it is.</param>
    public static float[] Pool(ReadOnlySpan<float> states, ReadOnlySpan<long> mask, int hidden, Pooling pooling)
    {
        var result = new float[hidden];
        switch (pooling)
        {
            case Pooling.None:
            case Pooling.Cls:
                states[..hidden].CopyTo(result);
                break;
            case Pooling.Last:
                var last = mask.LastIndexOf(1L);
                states.Slice(Math.Max(last, 0) * hidden, hidden).CopyTo(result);
                break;
            case Pooling.Mean:
                var count = 0;
                for (var t = 0; t < mask.Length; t++)
                {
                    if (mask[t] != 0)
                    {
                        TensorPrimitives.Add(result, states.Slice(t * hidden, hidden), result);
                        count++;
                    }
                }
                // Sentence-Transformers clamps the token count the same way, so an all-padding row gives zeros, not NaN.
                TensorPrimitives.Divide(result, Math.Max(count, 1e-9f), result);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pooling), pooling, "Unknown pooling.");
        }
        return result;
    }

    /// <summary>Scales to unit length in place; a zero vector stays zero (as torch.nn.functional.normalize does).</summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        TensorPrimitives.Divide(vector, Math.Max(norm, 1e-12f), vector);
    }
}
