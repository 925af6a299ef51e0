using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeIntel.Retrieval.Embedding.Ensemble;

/// <summary>
/// <c>codeintel-ensemble.json</c>: a model directory that names other model directories and a weight for each.
/// Searched as one model, the ensemble scores a chunk by the weighted sum of its members' cosine similarities
/// (see <see cref="EnsembleEmbedder"/>). Member paths are relative to the ensemble's directory or absolute.
/// </summary>
public sealed class EnsembleProfile
{
    public const string FileName = "codeintel-ensemble.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private EnsembleProfile(string modelId, IReadOnlyList<EnsembleMember> members, double? hybridAlpha)
    {
        ModelId = modelId;
        Members = members;
        HybridAlpha = hybridAlpha;
    }

    public string ModelId { get; }

    /// <summary>The dense weight hybrid search uses with this ensemble unless told otherwise; null for the default.
    /// A stronger dense side earns a larger weight.</summary>
    public double? HybridAlpha { get; }

    /// <summary>The members, with absolute directories and weights that sum to 1.</summary>
    public IReadOnlyList<EnsembleMember> Members { get; }

    /// <summary>True when <paramref name="modelDirectory"/> holds an ensemble rather than a single model.</summary>
    public static bool IsEnsemble(string modelDirectory) => File.Exists(Path.Combine(modelDirectory, FileName));

    /// <exception cref="EmbeddingModelException">The file is unreadable or invalid; the message names the field.</exception>
    public static EnsembleProfile Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, FileName);
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), JsonOptions);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new EmbeddingModelException($"The ensemble '{path}' cannot be read: {e.Message}", e);
        }
        return Validate(document, path, Path.GetFullPath(modelDirectory));
    }

    /// <summary>The JSON of an ensemble of <paramref name="members"/> (directory, weight), for writing to <see cref="FileName"/>.</summary>
    public static string ToJson(string modelId, IEnumerable<(string Model, double Weight)> members, double? hybridAlpha = null, string? notes = null) =>
        JsonSerializer.Serialize(
            new Document { ModelId = modelId, Members = members.Select(m => new MemberDocument { Model = m.Model, Weight = m.Weight }).ToList(), HybridAlpha = hybridAlpha, Notes = notes },
            WriteOptions);

    private static EnsembleProfile Validate(Document? d, string source, string directory)
    {
        if (d is null || string.IsNullOrWhiteSpace(d.ModelId))
        {
            throw Invalid(source, "modelId is missing");
        }
        if (d.Members is not { Count: >= 2 })
        {
            throw Invalid(source, "members must list at least two model directories");
        }
        var members = new List<EnsembleMember>();
        foreach (var m in d.Members)
        {
            if (string.IsNullOrWhiteSpace(m.Model))
            {
                throw Invalid(source, "a member has no model directory");
            }
            if (m.Weight is not > 0 || !double.IsFinite(m.Weight.Value))
            {
                throw Invalid(source, $"member '{m.Model}' needs a positive weight");
            }
            var memberDirectory = Path.GetFullPath(Path.Combine(directory, m.Model));
            if (IsEnsemble(memberDirectory))
            {
                throw Invalid(source, $"member '{m.Model}' is itself an ensemble; list its members instead");
            }
            members.Add(new EnsembleMember(memberDirectory, m.Weight.Value));
        }
        if (d.HybridAlpha is < 0 or > 1)
        {
            throw Invalid(source, $"hybridAlpha {d.HybridAlpha} must lie in [0, 1]");
        }
        var total = members.Sum(m => m.Weight);
        return new EnsembleProfile(d.ModelId, members.Select(m => m with { Weight = m.Weight / total }).ToList(), d.HybridAlpha);
    }

    private static EmbeddingModelException Invalid(string source, string problem) =>
        new($"The ensemble '{source}' is not valid: {problem}.");

    private sealed class Document
    {
        [JsonPropertyName("modelId")] public string? ModelId { get; set; }
        [JsonPropertyName("members")] public List<MemberDocument>? Members { get; set; }
        [JsonPropertyName("hybridAlpha")] public double? HybridAlpha { get; set; }
        [JsonPropertyName("notes")] public string? Notes { get; set; }
    }

    private sealed class MemberDocument
    {
        [JsonPropertyName("model")] public string? Model { get; set; }
        [JsonPropertyName("weight")] public double? Weight { get; set; }
    }
}

/// <summary>One model of an ensemble: its directory and its share of the score (the shares sum to 1).</summary>
public sealed record EnsembleMember(string Directory, double Weight);
