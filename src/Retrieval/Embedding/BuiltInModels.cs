using CodeIntel.Retrieval.Embedding.Ensemble;

namespace CodeIntel.Retrieval.Embedding;

/// <summary>
/// What a user may name instead of a model directory: the packaged models (<see cref="PackagedModel.All"/>, extracted
/// on first use) and <see cref="EnsembleName"/>, the two of them searched as one ensemble. The composition roots (CLI,
/// language server) resolve their model setting here.
/// </summary>
public static class BuiltInModels
{
    /// <summary>all-MiniLM-L6-v2 and arctic-embed-xs, equal weights: twice the embedding work, better ranking.</summary>
    public const string EnsembleName = "minilm+arctic-xs";

    /// <summary>The built-in ensemble's dense weight in hybrid search (see Search/README.md).</summary>
    public const double EnsembleHybridAlpha = 0.95;

    public static IReadOnlyList<string> Names { get; } = [.. PackagedModel.All.Select(m => m.Alias), EnsembleName];

    /// <summary>
    /// The model directory for <paramref name="nameOrDirectory"/>: null means the offline default (all-MiniLM-L6-v2);
    /// an existing directory is used as it is; a built-in name is extracted into <paramref name="cacheDirectory"/>.
    /// </summary>
    /// <exception cref="EmbeddingModelException">The value is neither a directory nor a built-in name, or extraction failed.</exception>
    public static async Task<ModelExtraction> ResolveAsync(string? nameOrDirectory, string cacheDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        if (nameOrDirectory is not null && Directory.Exists(nameOrDirectory))
        {
            return new ModelExtraction(Path.GetFullPath(nameOrDirectory), false, null);
        }
        var name = nameOrDirectory ?? PackagedModel.MiniLm.Alias;
        if (PackagedModel.Find(name) is { } packaged)
        {
            return await new PackagedModelProvider(cacheDirectory, packaged).EnsureExtractedAsync(cancellationToken).ConfigureAwait(false);
        }
        if (string.Equals(name, EnsembleName, StringComparison.OrdinalIgnoreCase))
        {
            return await EnsureEnsembleAsync(cacheDirectory, cancellationToken).ConfigureAwait(false);
        }
        var choices = $"Give a directory holding codeintel-model.json, tokenizer.json and model.onnx (or {EnsembleProfile.FileName}), or one of the built-in models: {string.Join(", ", Names)}.";
        throw new EmbeddingModelException(name.IndexOfAny(['/', '\\']) >= 0
            ? $"The model directory '{Path.GetFullPath(name)}' does not exist. {choices}"
            : $"'{name}' is neither a model directory nor a built-in model. {choices}");
    }

    private static async Task<ModelExtraction> EnsureEnsembleAsync(string cacheDirectory, CancellationToken cancellationToken)
    {
        var members = new List<ModelExtraction>();
        foreach (var model in new[] { PackagedModel.MiniLm, PackagedModel.ArcticXs })
        {
            members.Add(await new PackagedModelProvider(cacheDirectory, model).EnsureExtractedAsync(cancellationToken).ConfigureAwait(false));
        }
        var directory = Path.Combine(Path.GetFullPath(cacheDirectory), EnsembleName);
        var json = EnsembleProfile.ToJson(
            EnsembleName,
            members.Select(m => ("../" + Path.GetFileName(m.Directory), 0.5)),
            EnsembleHybridAlpha,
            "Equal weights: the sum of the two cosine similarities. See Embedding/README.md for the figures.");
        var path = Path.Combine(directory, EnsembleProfile.FileName);
        var written = false;
        if (!File.Exists(path) || await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false) != json)
        {
            Directory.CreateDirectory(directory);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temporary, json, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            written = true;
        }
        var extracted = members.Where(m => m.Extracted).ToList();
        return new ModelExtraction(
            directory,
            written || extracted.Count > 0,
            extracted.Count > 0 ? string.Join("; ", extracted.Select(m => $"{Path.GetFileName(m.Directory)}: {m.Reason}")) : written ? "first use: the ensemble was not set up yet" : null);
    }
}
