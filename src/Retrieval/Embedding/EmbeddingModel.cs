using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// A loaded model directory: profile, tokenizer and ONNX Runtime session for the chosen exit, checked against each
/// other. Both embedders run through it; it owns the native session and tokenizer.
/// </summary>
internal sealed class EmbeddingModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly LinearHead? _head;

    private EmbeddingModel(
        ModelProfile profile, ModelTokenizer tokenizer, InferenceSession session, string outputName, EmbedderInfo info, LinearHead? head)
    {
        Profile = profile;
        Tokenizer = tokenizer;
        _session = session;
        _head = head;
        Info = info;
        _outputNames = [outputName];
        _inputNames = profile.InputNames.TokenTypeIds is { } types
            ? [profile.InputNames.InputIds, profile.InputNames.AttentionMask, types]
            : [profile.InputNames.InputIds, profile.InputNames.AttentionMask];
    }

    public ModelProfile Profile { get; }

    public ModelTokenizer Tokenizer { get; }

    public EmbedderInfo Info { get; }

    /// <summary>True when the graph takes token type ids (fed as zeros).</summary>
    public bool TakesTokenTypes => _inputNames.Length == 3;

    public static EmbeddingModel Open(string modelDirectory, OnnxEmbedderOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelDirectory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var profile = ModelProfile.Load(modelDirectory);
        var exit = options.ExitLayer ?? profile.Layers;
        var exitTensor = profile.ExitTensorName(exit);
        if (options.Head is { } head && head.Cols != profile.Dimensions)
        {
            throw new EmbeddingModelException(
                $"The exit head '{head.Name}' takes vectors of length {head.Cols}, but {profile.ModelId} pools to {profile.Dimensions}. Use a head made for this model.");
        }
        var modelFile = options.FileFor(exit, profile.Layers);
        var modelPath = Path.Combine(modelDirectory, modelFile);
        if (!File.Exists(modelPath))
        {
            throw new EmbeddingModelException(exit == profile.Layers
                ? $"The model directory '{modelDirectory}' has no {modelFile}. Put the exported ONNX model there, or choose an existing file with the model file option."
                : $"Exit {exit} needs the truncated model '{modelFile}' in '{modelDirectory}', which is missing. Produce it by cutting {options.ModelFileName} at tensor '{exitTensor}', or choose the last layer ({profile.Layers}).");
        }

        var tokenizer = ModelTokenizer.Open(Path.Combine(modelDirectory, "tokenizer.json"), profile.MaxTokens, profile.SplitIdentifiers, profile.ExpandAbbreviations);
        InferenceSession? session = null;
        try
        {
            using var sessionOptions = new SessionOptions
            {
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                IntraOpNumThreads = options.IntraOpThreads ?? PhysicalCores.Count(),
                InterOpNumThreads = 1,
            };
            // Idle intra-op threads sleep instead of spinning: as fast or faster for int8 here (Graph/README.md), and
            // an embedder running beside an editor must not burn a core while it waits for the next batch.
            sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            session = CreateSession(modelPath, sessionOptions);
            var outputName = CheckGraph(session, profile, exit, exitTensor, modelPath);
            var info = new EmbedderInfo(
                profile.ModelId, options.Head?.Rows ?? profile.Dimensions, exit, profile.MaxTokens,
                options.EffectivePrecision(), options.Head?.Name, profile.SplitIdentifiers, profile.ExpandAbbreviations);
            return new EmbeddingModel(profile, tokenizer, session, outputName, info, options.Head);
        }
        catch
        {
            session?.Dispose();
            tokenizer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Runs one padded batch and returns its vectors, pooled, mapped by the head and normalised as configured.
    /// The buffers may be longer than <paramref name="batch"/> × <paramref name="sequence"/>; only that prefix is read.
    /// </summary>
    public float[][] Run(long[] ids, long[] mask, long[] tokenTypes, int batch, int sequence)
    {
        var length = batch * sequence;
        long[] shape = [batch, sequence];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, ids.AsMemory(0, length), shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, mask.AsMemory(0, length), shape);
        using var typesValue = TakesTokenTypes
            ? OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, tokenTypes.AsMemory(0, length), shape)
            : null;
        OrtValue[] inputs = typesValue is null ? [idsValue, maskValue] : [idsValue, maskValue, typesValue];

        using var outputs = _session.Run(_runOptions, _inputNames, inputs, _outputNames);
        var output = outputs[0];
        var outputShape = output.GetTensorTypeAndShape().Shape;
        var pooled = Profile.Pooling == Pooling.None;
        var width = (int)outputShape[^1];
        if (outputShape.Length != (pooled ? 2 : 3) || outputShape[0] != batch || width != Profile.Dimensions
            || (!pooled && outputShape[1] != sequence))
        {
            throw new EmbeddingModelException(
                $"{Info.ModelId} returned '{_outputNames[0]}' shaped [{string.Join(", ", outputShape)}]; the profile expects " +
                (pooled ? $"[{batch}, {Profile.Dimensions}]" : $"[{batch}, {sequence}, {Profile.Dimensions}]") +
                ". Fix hiddenSize, dimensions or pooling in the profile.");
        }

        var data = output.GetTensorDataAsSpan<float>();
        var rowLength = pooled ? width : sequence * width;
        var vectors = new float[batch][];
        for (var row = 0; row < batch; row++)
        {
            var vector = Pooler.Pool(
                data.Slice(row * rowLength, rowLength), mask.AsSpan(row * sequence, sequence), width, Profile.Pooling);
            if (_head is not null)
            {
                vector = _head.Apply(vector);
            }
            if (Profile.Normalize)
            {
                Pooler.Normalize(vector);
            }
            vectors[row] = vector;
        }
        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
        Tokenizer.Dispose();
    }

    private static InferenceSession CreateSession(string modelPath, SessionOptions sessionOptions)
    {
        try
        {
            return new InferenceSession(modelPath, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new EmbeddingModelException(
                $"ONNX Runtime could not load '{modelPath}' ({e.Message}). The file may be damaged or exported for a newer opset; re-export it.", e);
        }
    }

    /// <summary>Checks the graph's inputs and outputs against the profile and returns the output to read.</summary>
    private static string CheckGraph(InferenceSession session, ModelProfile profile, int exit, string exitTensor, string modelPath)
    {
        var names = profile.InputNames;
        var expected = new[] { names.InputIds, names.AttentionMask, names.TokenTypeIds }.OfType<string>().ToHashSet();
        var actual = session.InputMetadata.Keys.ToHashSet();
        if (!expected.SetEquals(actual))
        {
            throw new EmbeddingModelException(
                $"'{modelPath}' takes inputs [{string.Join(", ", actual)}] but the profile names [{string.Join(", ", expected)}]. Fix inputNames in {ModelProfile.FileName}.");
        }
        foreach (var (name, metadata) in session.InputMetadata)
        {
            if (metadata.ElementDataType != TensorElementType.Int64)
            {
                throw new EmbeddingModelException(
                    $"'{modelPath}' takes input '{name}' as {metadata.ElementDataType}; CodeIntel feeds int64 token ids. Re-export the model with int64 inputs.");
            }
        }

        // A truncated model may keep the layer's tensor name or rename its output to the profile's output name.
        string[] candidates = exit == profile.Layers ? [profile.OutputName] : [exitTensor, profile.OutputName];
        var output = candidates.FirstOrDefault(session.OutputMetadata.ContainsKey) ?? throw new EmbeddingModelException(
            $"'{modelPath}' has outputs [{string.Join(", ", session.OutputMetadata.Keys)}] but none named '{string.Join("' or '", candidates)}'. " +
            $"Fix outputName (or the exit tensor for layer {exit}) in {ModelProfile.FileName}.");
        if (session.OutputMetadata[output].ElementDataType != TensorElementType.Float)
        {
            throw new EmbeddingModelException(
                $"'{modelPath}' returns '{output}' as {session.OutputMetadata[output].ElementDataType}; CodeIntel reads float32. Export the output as float32.");
        }
        return output;
    }
}
