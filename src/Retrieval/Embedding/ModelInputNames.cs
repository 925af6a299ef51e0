namespace CodeIntel.Retrieval.Embedding;

/// <summary>Names of the ONNX graph's int64 inputs, each shaped [batch, sequence].</summary>
/// <param name="InputIds">Token ids, usually <c>input_ids</c>.</param>
/// <param name="AttentionMask">1 for real tokens, 0 for padding; usually <c>attention_mask</c>.</param>
/// <param name="TokenTypeIds">Segment ids (all zero here) for BERT-style models that take them; null when the graph has none.</param>
public sealed record ModelInputNames(string InputIds, string AttentionMask, string? TokenTypeIds = null);
