namespace CodeIntel.Evaluation.Tests;

/// <summary>Finds the project's shared evaluation data (a <c>shared/data</c> folder beside the repository), if present.</summary>
internal static class SharedData
{
    /// <summary>The folder <c>shared/data/&lt;name&gt;</c>, or null when this machine has no shared data.</summary>
    public static string? Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
