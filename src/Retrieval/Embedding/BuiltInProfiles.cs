using System.Reflection;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// The ready profiles shipped in <c>Embedding/Profiles</c> (embedded in this assembly), for copying into a model
/// directory as <see cref="ModelProfile.FileName"/>. Only all-MiniLM-L6-v2 was checked against a real graph; the
/// others follow their models' published export conventions (see <c>Embedding/README.md</c>).
/// </summary>
public static class BuiltInProfiles
{
    private const string ResourcePrefix = "CodeIntel.Retrieval.Embedding.Profiles.";

    /// <summary>Model ids with a built-in profile, e.g. <c>all-MiniLM-L6-v2</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = typeof(BuiltInProfiles).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The profile's JSON text, as shipped.</summary>
    /// <exception cref="EmbeddingModelException">No built-in profile has that name.</exception>
    public static string ReadJson(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var stream = typeof(BuiltInProfiles).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new EmbeddingModelException(
                $"There is no built-in profile '{name}'. Built-in profiles: {string.Join(", ", Names)}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The parsed, validated profile.</summary>
    public static ModelProfile Get(string name) => ModelProfile.Parse(ReadJson(name), $"built-in profile {name}");
}
