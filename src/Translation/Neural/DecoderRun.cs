using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Translation.Neural;

/// <summary>
/// The decoder side of one translation: given the live hypotheses (all beams batched together) and which beam of
/// the previous step each one extends, returns next-token logits. With the KV cache, only the newest token is fed
/// (<c>decoder_with_past_model</c>) and the cached keys/values are reordered by parent beam; without it, every step
/// re-runs <c>decoder_model</c> over whole prefixes. Both must give the same tokens.
/// </summary>
internal sealed class DecoderRun
{
    private readonly Seq2SeqSessions _sessions;
    private readonly float[] _memory;
    private readonly int _sourceLength;
    private readonly LoraExpert? _expert;
    private readonly bool _useCache;
    private float[][]? _self;       // per layer: key, value interleaved [2 * layers][beams, heads, t, headWidth]
    private float[][]? _cross;      // per layer: key, value [1, heads, source, headWidth]
    private int _cachedLength;

    public DecoderRun(Seq2SeqSessions sessions, float[] memory, int sourceLength, LoraExpert? expert, bool useCache)
    {
        _sessions = sessions;
        _memory = memory;
        _sourceLength = sourceLength;
        _expert = expert;
        _useCache = useCache;
    }

    /// <summary>Logits [beams, vocabulary] for the next token of each prefix. <paramref name="parents"/>[i] is the
    /// index, among the previous step's prefixes, of the one prefix i extends (ignored on the first step).</summary>
    public float[] Step(IReadOnlyList<int[]> prefixes, IReadOnlyList<int> parents)
    {
        return !_useCache ? Full(prefixes) : _self is null ? First(prefixes) : Next(prefixes, parents);
    }

    private float[] Full(IReadOnlyList<int[]> prefixes)
    {
        var beams = prefixes.Count;
        var length = prefixes[0].Length;
        var ids = new long[beams * length];
        for (var b = 0; b < beams; b++)
        {
            for (var t = 0; t < length; t++)
            {
                ids[(b * length) + t] = prefixes[b][t];
            }
        }
        var inputs = new List<(string, OrtValue)>
        {
            ("input_ids", OrtValue.CreateTensorValueFromMemory(ids, [beams, length])),
            ("encoder_hidden_states", OrtValue.CreateTensorValueFromMemory(Repeat(_memory, beams), [beams, _sourceLength, _sessions.Width])),
            ("encoder_attention_mask", OrtValue.CreateTensorValueFromMemory(Ones(beams * _sourceLength), [beams, _sourceLength])),
        };
        using var outputs = _sessions.Run(_sessions.Decoder, inputs, ["logits"], _expert);
        var all = outputs[0].GetTensorDataAsSpan<float>();
        var vocab = _sessions.VocabularySize;
        var last = new float[beams * vocab];
        for (var b = 0; b < beams; b++)
        {
            all.Slice(((b * length) + length - 1) * vocab, vocab).CopyTo(last.AsSpan(b * vocab));
        }
        return last;
    }

    private float[] First(IReadOnlyList<int[]> prefixes)
    {
        if (prefixes.Count != 1 || prefixes[0].Length != 1)
        {
            throw new InvalidOperationException("The first cached step takes the decoder start token alone.");
        }
        var layers = _sessions.Layers;
        var names = new List<string> { "logits" };
        for (var i = 0; i < layers; i++)
        {
            names.AddRange([$"present.{i}.decoder.key", $"present.{i}.decoder.value", $"present.{i}.encoder.key", $"present.{i}.encoder.value"]);
        }
        var inputs = new List<(string, OrtValue)>
        {
            ("input_ids", OrtValue.CreateTensorValueFromMemory(new long[] { prefixes[0][0] }, [1, 1])),
            ("encoder_hidden_states", OrtValue.CreateTensorValueFromMemory(_memory, [1, _sourceLength, _sessions.Width])),
            ("encoder_attention_mask", OrtValue.CreateTensorValueFromMemory(Ones(_sourceLength), [1, _sourceLength])),
        };
        using var outputs = _sessions.Run(_sessions.Decoder, inputs, names, _expert);
        _self = new float[2 * layers][];
        _cross = new float[2 * layers][];
        for (var i = 0; i < layers; i++)
        {
            _self[2 * i] = outputs[1 + (4 * i)].GetTensorDataAsSpan<float>().ToArray();
            _self[(2 * i) + 1] = outputs[2 + (4 * i)].GetTensorDataAsSpan<float>().ToArray();
            _cross[2 * i] = outputs[3 + (4 * i)].GetTensorDataAsSpan<float>().ToArray();
            _cross[(2 * i) + 1] = outputs[4 + (4 * i)].GetTensorDataAsSpan<float>().ToArray();
        }
        _cachedLength = 1;
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private float[] Next(IReadOnlyList<int[]> prefixes, IReadOnlyList<int> parents)
    {
        var beams = prefixes.Count;
        var layers = _sessions.Layers;
        var heads = _sessions.Heads;
        var width = _sessions.HeadWidth;
        var block = heads * _cachedLength * width;   // one beam's slice of a self-attention cache tensor
        var inputs = new List<(string, OrtValue)>
        {
            ("input_ids", OrtValue.CreateTensorValueFromMemory(prefixes.Select(p => (long)p[^1]).ToArray(), [beams, 1])),
            ("encoder_attention_mask", OrtValue.CreateTensorValueFromMemory(Ones(beams * _sourceLength), [beams, _sourceLength])),
        };
        var names = new List<string> { "logits" };
        for (var i = 0; i < layers; i++)
        {
            for (var kv = 0; kv < 2; kv++)
            {
                // Beam search reorders hypotheses every step: gather each survivor's cache from its parent's slot.
                var gathered = new float[beams * block];
                for (var b = 0; b < beams; b++)
                {
                    Array.Copy(_self![(2 * i) + kv], parents[b] * block, gathered, b * block, block);
                }
                var part = kv == 0 ? "key" : "value";
                inputs.Add(($"past_key_values.{i}.decoder.{part}", OrtValue.CreateTensorValueFromMemory(gathered, [beams, heads, _cachedLength, width])));
            }
            inputs.Add(($"past_key_values.{i}.encoder.key", OrtValue.CreateTensorValueFromMemory(Repeat(_cross![2 * i], beams), [beams, heads, _sourceLength, width])));
            inputs.Add(($"past_key_values.{i}.encoder.value", OrtValue.CreateTensorValueFromMemory(Repeat(_cross[(2 * i) + 1], beams), [beams, heads, _sourceLength, width])));
            names.AddRange([$"present.{i}.decoder.key", $"present.{i}.decoder.value"]);
        }
        using var outputs = _sessions.Run(_sessions.DecoderWithPast, inputs, names, _expert);
        for (var i = 0; i < 2 * layers; i++)
        {
            _self![i] = outputs[1 + i].GetTensorDataAsSpan<float>().ToArray();
        }
        _cachedLength++;
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static float[] Repeat(float[] values, int times)
    {
        if (times == 1)
        {
            return values;
        }
        var result = new float[values.Length * times];
        for (var i = 0; i < times; i++)
        {
            values.CopyTo(result, i * values.Length);
        }
        return result;
    }

    private static long[] Ones(int count)
    {
        var ones = new long[count];
        Array.Fill(ones, 1L);
        return ones;
    }
}
