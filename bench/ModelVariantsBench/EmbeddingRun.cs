using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Bench.ModelVariants;

/// <summary>One model in one ONNX Runtime session, timed over all batches; keeps mean-pooled, normalised embeddings.</summary>
internal sealed class EmbeddingRun : IDisposable
{
    private readonly InferenceSession _session;
    private readonly List<double> _seconds = [];

    public EmbeddingRun(string name, string modelPath, SessionOptions options)
    {
        Name = name;
        _session = new InferenceSession(modelPath, options);
    }

    public string Name { get; }

    /// <summary>Embeddings of the first timed pass, in batch order.</summary>
    public float[][] Pooled { get; private set; } = [];

    public double MedianSeconds => _seconds.Order().ElementAt(_seconds.Count / 2);

    /// <summary>The fastest pass: on a shared machine, load from elsewhere only ever adds time.</summary>
    public double MinSeconds => _seconds.Min();

    /// <summary>One pass over all batches (after a warm-up batch the first time), its time recorded.</summary>
    public double Time(IReadOnlyList<long[][]> batches)
    {
        if (_seconds.Count == 0)
        {
            Embed(batches[batches.Count / 2]);  // allocations and thread pool start-up, off the clock
        }
        var pooled = new List<float[]>();
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches)
        {
            pooled.AddRange(Embed(batch));
        }
        _seconds.Add(clock.Elapsed.TotalSeconds);
        if (Pooled.Length == 0)
        {
            Pooled = [.. pooled];
        }
        return _seconds[^1];
    }

    /// <summary>Cosine of unit vectors.</summary>
    public static float Cosine(float[] a, float[] b)
    {
        float dot = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }
        return dot;
    }

    public void Dispose() => _session.Dispose();

    private float[][] Embed(long[][] batch)
    {
        var length = batch.Max(ids => ids.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[ids.Length];
        for (var b = 0; b < batch.Length; b++)
        {
            batch[b].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, batch[b].Length);
        }
        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dims = (int)outputs[0].GetTensorTypeAndShape().Shape[2];
        var pooled = new float[batch.Length][];
        for (var b = 0; b < batch.Length; b++)
        {
            var sum = new float[dims];
            for (var t = 0; t < batch[b].Length; t++)
            {
                var row = hidden.Slice(((b * length) + t) * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    sum[d] += row[d];
                }
            }
            var norm = MathF.Sqrt(sum.Sum(v => v * v));
            pooled[b] = [.. sum.Select(v => v / norm)];
        }
        return pooled;
    }
}
