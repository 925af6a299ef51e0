namespace CodeIntel.Parsing.Workspace.GitIgnore;

/// <summary>The patterns of one .gitignore (or .git/info/exclude) and the directory they are relative to.</summary>
internal sealed class GitIgnoreFile
{
    public GitIgnoreFile(string baseDirectory, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(lines);
        BaseDirectory = baseDirectory.Trim('/');
        var patterns = new List<GitIgnorePattern>();
        foreach (var line in lines)
        {
            if (GitIgnorePattern.TryParse(line, out var pattern))
            {
                patterns.Add(pattern);
            }
        }
        Patterns = patterns;
    }

    /// <summary>The directory holding the file, relative to the scan root with '/' separators; empty for the root.</summary>
    public string BaseDirectory { get; }

    public IReadOnlyList<GitIgnorePattern> Patterns { get; }

    /// <summary>Reads a .gitignore from disk. I/O errors propagate so the caller can report them.</summary>
    public static GitIgnoreFile Load(string fullPath, string baseDirectory) =>
        new(baseDirectory, File.ReadAllLines(fullPath));

    /// <summary>
    /// The verdict of the last pattern that matches <paramref name="pathFromRoot"/>: true (ignored), false
    /// (re-included by a "!" pattern), or null when no pattern matches or the path is outside this file's directory.
    /// </summary>
    public bool? Match(string pathFromRoot, bool isDirectory)
    {
        var local = pathFromRoot;
        if (BaseDirectory.Length > 0)
        {
            if (!pathFromRoot.StartsWith(BaseDirectory + "/", StringComparison.Ordinal))
            {
                return null;
            }
            local = pathFromRoot[(BaseDirectory.Length + 1)..];
        }
        for (var i = Patterns.Count - 1; i >= 0; i--)
        {
            if (Patterns[i].IsMatch(local, isDirectory))
            {
                return !Patterns[i].IsNegated;
            }
        }
        return null;
    }
}
