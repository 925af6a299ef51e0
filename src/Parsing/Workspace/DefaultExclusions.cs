using System.Collections.Frozen;

namespace CodeIntel.Parsing.Workspace;

/// <summary>Names a scan never enters, whatever the ignore files say: version control data and dependency or build output.</summary>
internal static class DefaultExclusions
{
    // A .git *file* (in a worktree or submodule) only points at the repository, so any kind is excluded.
    private static readonly FrozenSet<string> VersionControl = FrozenSet.Create(StringComparer.Ordinal, ".git", ".hg", ".svn");

    private static readonly FrozenSet<string> Directories = FrozenSet.Create(
        StringComparer.Ordinal, "node_modules", "bin", "obj", ".vs", "__pycache__", ".venv");

    public static bool IsExcluded(string name, bool isDirectory) =>
        VersionControl.Contains(name) || (isDirectory && Directories.Contains(name));
}
