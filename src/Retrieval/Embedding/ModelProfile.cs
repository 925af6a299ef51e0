using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// What CodeIntel needs to know about an exported embedding model beyond its graph: how to pool, which prefixes
/// to add, and where each layer's hidden states live so that another component can cut the graph at an early exit.
/// Read from <see cref="FileName"/> in a model directory that also holds <c>model.onnx</c> and <c>tokenizer.json</c>
/// (the common export layout). The fields are described in <c>Embedding/README.md</c>.
/// </summary>
public sealed class ModelProfile
{
    /// <summary>The profile's file name inside a model directory.</summary>
    public const string FileName = "codeintel-model.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly IReadOnlyDictionary<int, string> _exitTensors;

    private ModelProfile(ModelProfileDocument d, string source)
    {
        ModelId = Required(d.ModelId, "modelId", source);
        Pooling = ParsePooling(d.Pooling, source);
        Normalize = d.Normalize ?? throw Missing("normalize", source);
        MaxTokens = d.MaxTokens ?? throw Missing("maxTokens", source);
        QueryPrefix = d.QueryPrefix ?? string.Empty;
        DocumentPrefix = d.DocumentPrefix ?? string.Empty;
        SplitIdentifiers = d.SplitIdentifiers ?? false;
        ExpandAbbreviations = d.ExpandAbbreviations ?? false;
        OutputName = Required(d.OutputName, "outputName", source);
        var inputs = d.InputNames ?? throw Missing("inputNames", source);
        InputNames = new ModelInputNames(
            Required(inputs.InputIds, "inputNames.inputIds", source),
            Required(inputs.AttentionMask, "inputNames.attentionMask", source),
            string.IsNullOrEmpty(inputs.TokenTypeIds) ? null : inputs.TokenTypeIds);
        PadTokenId = d.PadTokenId ?? 0;
        HiddenSize = d.HiddenSize ?? throw Missing("hiddenSize", source);
        Dimensions = Pooling == Pooling.None ? d.Dimensions ?? HiddenSize : HiddenSize;
        Layers = d.Layers ?? throw Missing("layers", source);
        Exits = (d.Exits ?? throw Missing("exits", source)).ToArray();
        ExitTensorPattern = string.IsNullOrEmpty(d.ExitTensorPattern) ? null : d.ExitTensorPattern;
        Notes = d.Notes;
        _exitTensors = ParseExitTensors(d.ExitTensors, source);
        Validate(d, source);
    }

    public string ModelId { get; }

    public Pooling Pooling { get; }

    /// <summary>Scale each vector to unit length (after the exit head, if any), so dot product is cosine.</summary>
    public bool Normalize { get; }

    /// <summary>Longest input in tokens, special tokens included; longer inputs are truncated.</summary>
    public int MaxTokens { get; }

    /// <summary>Text put before every search query (instruction-tuned models need it).</summary>
    public string QueryPrefix { get; }

    /// <summary>Text put before every document (code chunk).</summary>
    public string DocumentPrefix { get; }

    /// <summary>
    /// Split identifiers into words before tokenizing (see <see cref="IdentifierWords"/>): for models with a
    /// natural-language vocabulary, which cut <c>getFileName</c> into meaningless sub-word pieces.
    /// </summary>
    public bool SplitIdentifiers { get; }

    /// <summary>
    /// Follow each abbreviation with the words it stands for (see <see cref="Abbreviations"/>): <c>str</c> is read as
    /// <c>str string</c>, for queries and code alike.
    /// </summary>
    public bool ExpandAbbreviations { get; }

    /// <summary>The graph output read for the last layer, e.g. <c>last_hidden_state</c>.</summary>
    public string OutputName { get; }

    public ModelInputNames InputNames { get; }

    /// <summary>The id put into padding positions (masked out; RoBERTa-style models derive positions from it).</summary>
    public long PadTokenId { get; }

    /// <summary>Width of each layer's hidden states.</summary>
    public int HiddenSize { get; }

    /// <summary>Length of a pooled vector: <see cref="HiddenSize"/>, or the model's own output width when pooling is none.</summary>
    public int Dimensions { get; }

    /// <summary>Number of transformer layers; the last one is what <c>model.onnx</c> outputs.</summary>
    public int Layers { get; }

    /// <summary>Layers (1-based) at which an embedding may be taken, ascending; always includes <see cref="Layers"/>.</summary>
    public IReadOnlyList<int> Exits { get; }

    /// <summary>Pattern for layer tensors with <c>{layer}</c> (1-based) or <c>{index}</c> (0-based), or null.</summary>
    public string? ExitTensorPattern { get; }

    /// <summary>Free text for people adapting the profile; not read by the code.</summary>
    public string? Notes { get; }

    /// <summary>Loads and validates <see cref="FileName"/> from a model directory.</summary>
    public static ModelProfile Load(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelDirectory);
        if (!Directory.Exists(modelDirectory))
        {
            throw new EmbeddingModelException(
                $"The model directory '{modelDirectory}' does not exist. Give a directory holding {FileName}, tokenizer.json and model.onnx.");
        }
        var path = Path.Combine(modelDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new EmbeddingModelException(
                $"The model directory '{modelDirectory}' has no {FileName}. Copy one of the ready profiles from " +
                $"Embedding/Profiles (or write one, see Embedding/README.md) next to model.onnx and tokenizer.json.");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates a profile. <paramref name="source"/> names it in error messages.</summary>
    public static ModelProfile Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ModelProfileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ModelProfileDocument>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new EmbeddingModelException(
                $"The model profile '{source}' is not valid: {e.Message} Fix the JSON (field names are listed in Embedding/README.md).", e);
        }
        return new ModelProfile(document ?? throw Invalid(source, "it is empty (null)"), source);
    }

    /// <summary>True when <paramref name="layer"/> is one of <see cref="Exits"/>.</summary>
    public bool IsExit(int layer) => Exits.Contains(layer);

    /// <summary>
    /// The ONNX tensor holding the hidden states of <paramref name="layer"/>: the graph-truncation step cuts the
    /// graph there, and the embedder reads it from the truncated model.
    /// </summary>
    /// <exception cref="EmbeddingModelException">The layer is not one of <see cref="Exits"/>.</exception>
    public string ExitTensorName(int layer)
    {
        if (!IsExit(layer))
        {
            throw new EmbeddingModelException(
                $"Exit {layer} is not offered by {ModelId}: its exits are {string.Join(", ", Exits)}. Choose one of those.");
        }
        if (_exitTensors.TryGetValue(layer, out var name))
        {
            return name;
        }
        if (layer == Layers)
        {
            return OutputName;
        }
        return ExitTensorPattern!
            .Replace("{layer}", layer.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{index}", (layer - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private void Validate(ModelProfileDocument d, string source)
    {
        if (MaxTokens < 3)
        {
            throw Invalid(source, $"maxTokens is {MaxTokens}; it must leave room for the special tokens and some text (at least 3)");
        }
        if (HiddenSize <= 0 || Dimensions <= 0)
        {
            throw Invalid(source, "hiddenSize and dimensions must be positive");
        }
        if (Layers <= 0)
        {
            throw Invalid(source, $"layers is {Layers}; it must be the model's number of transformer layers");
        }
        if (Exits.Count == 0 || !Exits.Contains(Layers))
        {
            throw Invalid(source, $"exits must list the last layer ({Layers}), plus any earlier layers a truncated model may stop at");
        }
        foreach (var exit in Exits)
        {
            if (exit < 1 || exit > Layers)
            {
                throw Invalid(source, $"exit {exit} is outside 1..{Layers}");
            }
        }
        if (Exits.Distinct().Count() != Exits.Count || !Exits.SequenceEqual(Exits.Order()))
        {
            throw Invalid(source, $"exits [{string.Join(", ", Exits)}] must be ascending without repeats");
        }
        foreach (var layer in _exitTensors.Keys)
        {
            if (!Exits.Contains(layer))
            {
                throw Invalid(source, $"exitTensors names layer {layer}, which is not in exits [{string.Join(", ", Exits)}]; add it to exits or remove the entry");
            }
        }
        var missing = Exits.Where(e => e != Layers && !_exitTensors.ContainsKey(e)).ToList();
        if (missing.Count > 0 && ExitTensorPattern is null)
        {
            throw Invalid(source, $"exits {string.Join(", ", missing)} have no tensor name; add them to exitTensors or set exitTensorPattern");
        }
        if (ExitTensorPattern is not null
            && !ExitTensorPattern.Contains("{layer}", StringComparison.Ordinal)
            && !ExitTensorPattern.Contains("{index}", StringComparison.Ordinal))
        {
            throw Invalid(source, $"exitTensorPattern '{ExitTensorPattern}' has neither {{layer}} nor {{index}}");
        }
        if (Pooling == Pooling.None && Exits.Count > 1)
        {
            throw Invalid(source, "pooling 'none' reads an already pooled output, which exists only after the last layer; list only the last layer in exits or pool the hidden states (mean, cls or last)");
        }
        if (d.Dimensions is not null && Pooling != Pooling.None && d.Dimensions != HiddenSize)
        {
            throw Invalid(source, $"dimensions ({d.Dimensions}) differs from hiddenSize ({HiddenSize}); dimensions is only for pooling 'none' (an exit head changes the width instead)");
        }
    }

    private static Pooling ParsePooling(string? value, string source) => value switch
    {
        "mean" => Pooling.Mean,
        "cls" => Pooling.Cls,
        "last" => Pooling.Last,
        "none" => Pooling.None,
        null => throw Missing("pooling", source),
        _ => throw Invalid(source, $"pooling '{value}' is unknown; use one of mean, cls, last, none"),
    };

    private static Dictionary<int, string> ParseExitTensors(Dictionary<string, string>? map, string source)
    {
        var result = new Dictionary<int, string>();
        foreach (var (key, value) in map ?? [])
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var layer))
            {
                throw Invalid(source, $"exitTensors key '{key}' is not a layer number");
            }
            result[layer] = string.IsNullOrEmpty(value) ? throw Invalid(source, $"exitTensors[{key}] is empty") : value;
        }
        return result;
    }

    private static string Required(string? value, string field, string source) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(field, source) : value;

    private static EmbeddingModelException Missing(string field, string source) =>
        Invalid(source, $"the field '{field}' is missing");

    private static EmbeddingModelException Invalid(string source, string problem) =>
        new($"The model profile '{source}' is not valid: {problem}. Fix it (fields are described in Embedding/README.md).");
}
