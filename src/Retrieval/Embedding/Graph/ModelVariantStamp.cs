using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeIntel.Retrieval.Embedding.Graph;

/// <summary>
/// The sidecar <c>&lt;variant&gt;.onnx.json</c> beside a generated model: what it was made from and how. A variant
/// whose stamp does not match its source's current SHA-256, its recipe or the generator version is rebuilt.
/// </summary>
/// <param name="Source">File name of the source model.</param>
/// <param name="SourceSha256">SHA-256 of the source model, lower-case hex.</param>
/// <param name="Recipe">The rewrite applied, e.g. <c>exit3+int8</c>.</param>
/// <param name="Generator">Version of the rewriting code; raised whenever it would write a different file.</param>
/// <param name="Length">Length in bytes of the variant as written.</param>
internal sealed record ModelVariantStamp(string Source, string SourceSha256, string Recipe, int Generator, long Length)
{
    /// <summary>Raise when the truncation or quantisation would produce different bytes from the same source.</summary>
    public const int CurrentGenerator = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The stamp at <paramref name="path"/>, or null when it is missing or unreadable (then the variant is rebuilt).</summary>
    public static ModelVariantStamp? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ModelVariantStamp>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    [JsonIgnore]
    public bool IsCurrent => Generator == CurrentGenerator;
}
