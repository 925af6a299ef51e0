using System.Globalization;

namespace CodeIntel.Retrieval.Embedding.Exits;

/// <summary>
/// Where fitted exit heads live: <c>heads/exit{N}.head</c> in the model directory (written by
/// <c>codeintel model fit-exits</c>), else the heads shipped with CodeIntel for the built-in model, copied beside the
/// application under <c>models/heads/{model id}/</c>.
/// </summary>
public static class ExitHeads
{
    public const string Folder = "heads";

    public static string PathFor(string modelDirectory, int exit) =>
        Path.Combine(modelDirectory, Folder, string.Create(CultureInfo.InvariantCulture, $"exit{exit}.head"));

    /// <summary>The head for <paramref name="exit"/>, or null when none was fitted for this model.</summary>
    public static LinearHead? TryLoad(string modelDirectory, string modelId, int exit)
    {
        var path = PathFor(modelDirectory, exit);
        if (File.Exists(path))
        {
            return LinearHead.Load(path);
        }
        var shipped = Path.Combine(AppContext.BaseDirectory, "models", Folder, modelId, Path.GetFileName(path));
        return File.Exists(shipped) ? LinearHead.Load(shipped) : null;
    }
}
