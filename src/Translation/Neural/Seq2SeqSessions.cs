using Microsoft.ML.OnnxRuntime;

namespace CodeIntel.Translation.Neural;

/// <summary>
/// The three ONNX Runtime sessions of an encoder-decoder export (<c>encoder_model.onnx</c>, <c>decoder_model.onnx</c>,
/// <c>decoder_with_past_model.onnx</c>), checked against each other when loaded. LoRA inputs (<c>lora.*</c>) are fed
/// the active expert's tensors, or zeros for the base model.
/// </summary>
internal sealed class Seq2SeqSessions : IDisposable
{
    private readonly InferenceSession _encoder;
    private readonly InferenceSession _decoder;
    private readonly InferenceSession _decoderWithPast;
    private readonly Dictionary<string, float[]> _zeros = new(StringComparer.Ordinal);

    public Seq2SeqSessions(string directory, ExpertCatalog catalog)
    {
        _encoder = Open(directory, "encoder_model.onnx");
        try
        {
            _decoder = Open(directory, "decoder_model.onnx");
            _decoderWithPast = Open(directory, "decoder_with_past_model.onnx");
            Layers = _decoderWithPast.InputMetadata.Keys.Count(n => n.StartsWith("past_key_values.", StringComparison.Ordinal) && n.EndsWith(".decoder.key", StringComparison.Ordinal));
            var logits = _decoder.OutputMetadata.TryGetValue("logits", out var l) ? l.Dimensions : null;
            var memory = _encoder.OutputMetadata.TryGetValue("last_hidden_state", out var m) ? m.Dimensions : null;
            var past = _decoderWithPast.InputMetadata.TryGetValue("past_key_values.0.decoder.key", out var p) ? p.Dimensions : null;
            if (logits is not { Length: 3 } || memory is not { Length: 3 } || past is not { Length: 4 } || Layers == 0
                || !_decoder.InputMetadata.ContainsKey("encoder_hidden_states") || !_encoder.InputMetadata.ContainsKey("attention_mask"))
            {
                throw new NeuralModelException(
                    $"'{directory}' does not hold an encoder-decoder export of the expected layout (encoder: input_ids, attention_mask -> last_hidden_state; " +
                    "decoder: input_ids, encoder_hidden_states, encoder_attention_mask -> logits, present.*; decoder_with_past: past_key_values.* inputs).");
            }
            VocabularySize = logits[2];
            Width = memory[2];
            Heads = past[1];
            HeadWidth = past[3];
            if (Width != catalog.Width || Heads * HeadWidth != Width)
            {
                throw new NeuralModelException(
                    $"The files in '{directory}' do not belong together: the encoder is {Width} wide, experts.json says {catalog.Width}, the decoder cache has {Heads} heads of {HeadWidth}.");
            }
            foreach (var session in new[] { _encoder, _decoder, _decoderWithPast })
            {
                foreach (var (name, meta) in session.InputMetadata.Where(i => i.Key.StartsWith("lora.", StringComparison.Ordinal)))
                {
                    var site = name[5..^2];
                    if (!catalog.Sites.Contains(site))
                    {
                        throw new NeuralModelException($"The graph input '{name}' has no LoRA site in experts.json: the experts were trained for another export.");
                    }
                    _zeros[name] = new float[meta.Dimensions.Aggregate(1, (a, b) => a * b)];
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public int Layers { get; }

    public int VocabularySize { get; }

    public int Width { get; }

    public int Heads { get; }

    public int HeadWidth { get; }

    /// <summary>Encoder states [length, width] for one source.</summary>
    public float[] Encode(long[] ids, LoraExpert? expert)
    {
        var shape = new long[] { 1, ids.Length };
        var mask = Enumerable.Repeat(1L, ids.Length).ToArray();
        var inputs = new List<(string, OrtValue)>
        {
            ("input_ids", OrtValue.CreateTensorValueFromMemory(ids, shape)),
            ("attention_mask", OrtValue.CreateTensorValueFromMemory(mask, shape)),
        };
        using var outputs = Run(_encoder, inputs, ["last_hidden_state"], expert);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    /// <summary>Runs <paramref name="session"/> with <paramref name="inputs"/> plus the LoRA inputs, disposing the inputs.</summary>
    internal IDisposableReadOnlyCollection<OrtValue> Run(InferenceSession session, List<(string Name, OrtValue Value)> inputs, IReadOnlyCollection<string> outputs, LoraExpert? expert)
    {
        try
        {
            foreach (var name in session.InputMetadata.Keys.Where(n => n.StartsWith("lora.", StringComparison.Ordinal)))
            {
                var dims = session.InputMetadata[name].Dimensions.Select(d => (long)d).ToArray();
                var values = expert is not null && expert.Tensors.TryGetValue(name, out var t) ? t : _zeros[name];
                inputs.Add((name, OrtValue.CreateTensorValueFromMemory(values, dims)));
            }
            using var options = new RunOptions();
            return session.Run(options, inputs.Select(i => i.Name).ToArray(), inputs.Select(i => i.Value).ToArray(), outputs);
        }
        finally
        {
            foreach (var (_, value) in inputs)
            {
                value.Dispose();
            }
        }
    }

    internal InferenceSession Decoder => _decoder;

    internal InferenceSession DecoderWithPast => _decoderWithPast;

    public void Dispose()
    {
        _encoder?.Dispose();
        _decoder?.Dispose();
        _decoderWithPast?.Dispose();
    }

    private static InferenceSession Open(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new NeuralModelException(
                $"The model directory '{directory}' has no {file}. An encoder-decoder export needs encoder_model.onnx, decoder_model.onnx, decoder_with_past_model.onnx, tokenizer.json, generation_config.json and experts.json.");
        }
        try
        {
            // One thread a session: the graphs are tiny and batched per step, so thread hand-offs cost more than
            // they save; a host wanting more throughput runs several translators.
            using var options = new SessionOptions { InterOpNumThreads = 1, IntraOpNumThreads = 1 };
            return new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new NeuralModelException($"'{path}' could not be loaded by ONNX Runtime ({e.Message}). Re-export it.", e);
        }
    }
}
