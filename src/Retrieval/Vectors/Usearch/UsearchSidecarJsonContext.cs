using System.Text.Json.Serialization;

namespace CodeIntel.Retrieval.Vectors.Usearch;

/// <summary>Source-generated JSON for <see cref="UsearchSidecar"/> (no reflection at run time).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UsearchSidecar))]
internal sealed partial class UsearchSidecarJsonContext : JsonSerializerContext;
