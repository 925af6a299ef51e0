using System.Text.Json.Serialization;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>The JSON shape of <c>codeintel-model.json</c>, before validation. Every field is optional here so that
/// <see cref="ModelProfile"/> can name the one that is missing instead of failing inside the serializer.</summary>
internal sealed class ModelProfileDocument
{
    [JsonPropertyName("modelId")] public string? ModelId { get; set; }
    [JsonPropertyName("pooling")] public string? Pooling { get; set; }
    [JsonPropertyName("normalize")] public bool? Normalize { get; set; }
    [JsonPropertyName("maxTokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("queryPrefix")] public string? QueryPrefix { get; set; }
    [JsonPropertyName("documentPrefix")] public string? DocumentPrefix { get; set; }
    [JsonPropertyName("splitIdentifiers")] public bool? SplitIdentifiers { get; set; }

    [JsonPropertyName("expandAbbreviations")] public bool? ExpandAbbreviations { get; set; }
    [JsonPropertyName("outputName")] public string? OutputName { get; set; }
    [JsonPropertyName("inputNames")] public InputNamesDocument? InputNames { get; set; }
    [JsonPropertyName("padTokenId")] public long? PadTokenId { get; set; }
    [JsonPropertyName("hiddenSize")] public int? HiddenSize { get; set; }
    [JsonPropertyName("dimensions")] public int? Dimensions { get; set; }
    [JsonPropertyName("layers")] public int? Layers { get; set; }
    [JsonPropertyName("exits")] public List<int>? Exits { get; set; }
    [JsonPropertyName("exitTensors")] public Dictionary<string, string>? ExitTensors { get; set; }
    [JsonPropertyName("exitTensorPattern")] public string? ExitTensorPattern { get; set; }
    [JsonPropertyName("notes")] public string? Notes { get; set; }

    internal sealed class InputNamesDocument
    {
        [JsonPropertyName("inputIds")] public string? InputIds { get; set; }
        [JsonPropertyName("attentionMask")] public string? AttentionMask { get; set; }
        [JsonPropertyName("tokenTypeIds")] public string? TokenTypeIds { get; set; }
    }
}
