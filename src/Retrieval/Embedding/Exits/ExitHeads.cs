using System.Globalization;

namespace CodeIntel.Retrieval.Embedding.Exits;

/// <summary>Where a model directory keeps its fitted exit heads: <c>heads/exit{N}.head</c>.</summary>
public static class ExitHeads
{
    public const string Folder = "heads";

    public static string PathFor(string modelDirectory, int exit) =>
        Path.Combine(modelDirectory, Folder, string.Create(CultureInfo.InvariantCulture, $"exit{exit}.head"));

    /// <summary>The head for <paramref name="exit"/>, or null when none was fitted for this model.</summary>
    public static LinearHead? TryLoad(string modelDirectory, int exit)
    {
        var path = PathFor(modelDirectory, exit);
        return File.Exists(path) ? LinearHead.Load(path) : null;
    }
}
