using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Retrieval.Tests.Embedding.Graph;

/// <summary>Runs a BERT-style model with ONNX Runtime on a padded batch of token ids and returns named float outputs.</summary>
internal static class ModelRunner
{
    /// <summary>Output values by name, each with its shape.</summary>
    public static Dictionary<string, (float[] Values, long[] Shape)> Run(byte[] model, IReadOnlyList<long[]> batch, params string[] outputs)
    {
        using var options = new SessionOptions { IntraOpNumThreads = 2, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        using var session = new InferenceSession(model, options);
        var (ids, mask, types, shape) = Pad(batch);
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        using var results = session.Run(
            runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], outputs);
        var named = new Dictionary<string, (float[], long[])>(StringComparer.Ordinal);
        for (var i = 0; i < outputs.Length; i++)
        {
            named[outputs[i]] = (results[i].GetTensorDataAsSpan<float>().ToArray(), results[i].GetTensorTypeAndShape().Shape);
        }
        return named;
    }

    /// <summary>Sentence embeddings: hidden states [batch, seq, dim] averaged over real tokens, then L2-normalised.</summary>
    public static float[][] MeanPool(float[] hidden, long[] shape, IReadOnlyList<long[]> batch)
    {
        var (rows, length, dims) = ((int)shape[0], (int)shape[1], (int)shape[2]);
        var pooled = new float[rows][];
        for (var b = 0; b < rows; b++)
        {
            var sum = new float[dims];
            for (var t = 0; t < batch[b].Length; t++)
            {
                var offset = ((b * length) + t) * dims;
                for (var d = 0; d < dims; d++)
                {
                    sum[d] += hidden[offset + d];
                }
            }
            var norm = MathF.Sqrt(sum.Sum(v => v * v));
            pooled[b] = [.. sum.Select(v => v / norm)];
        }
        return pooled;
    }

    public static float Cosine(float[] a, float[] b)
    {
        float dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / MathF.Sqrt(na * nb);
    }

    private static (long[] Ids, long[] Mask, long[] Types, long[] Shape) Pad(IReadOnlyList<long[]> batch)
    {
        var length = batch.Max(row => row.Length);
        var ids = new long[batch.Count * length];
        var mask = new long[ids.Length];
        for (var b = 0; b < batch.Count; b++)
        {
            batch[b].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, batch[b].Length);
        }
        return (ids, mask, new long[ids.Length], [batch.Count, length]);
    }
}
