namespace CodeIntel.Tests;

/// <summary>
/// Models the project trains and commits, found by walking up from the test binaries to the repository. Tests that
/// need one skip with <see cref="NeuralTranslationMissing"/> where it is absent.
/// </summary>
internal static class TrainedModels
{
    public const string NeuralTranslationMissing =
        "The tiny model is absent: run training/neural-translation/train.py (see its README) to export it to training/neural-translation/model.";

    /// <summary>training/neural-translation/model, or null when this checkout has none.</summary>
    public static string? NeuralTranslation()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "training", "neural-translation", "model");
            if (File.Exists(Path.Combine(candidate, "experts.json")))
            {
                return candidate;
            }
        }
        return null;
    }
}
