namespace CodeIntel.Tests;

/// <summary>
/// Finds the project's shared evaluation data: a <c>shared/data</c> folder beside the repository (or above the test
/// binaries). Tests that need it skip, with a reason, where it is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>The <c>shared/data</c> folder, or null when this machine has none.</summary>
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The folder <c>shared/data/&lt;name&gt;</c>, or null when this machine does not have it.</summary>
    public static string? Folder(string name) =>
        Root() is { } root && Directory.Exists(Path.Combine(root, name)) ? Path.Combine(root, name) : null;
}
