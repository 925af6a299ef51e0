namespace CodeIntel.Parsing.Workspace.GitIgnore;

/// <summary>
/// The ignore files in effect for one directory, from lowest precedence (.git/info/exclude, then the root
/// .gitignore) to highest (the directory's own .gitignore). Immutable: each directory extends its parent's chain.
/// </summary>
internal sealed class IgnoreChain
{
    private readonly GitIgnoreFile[] _files;

    private IgnoreChain(GitIgnoreFile[] files) => _files = files;

    public static IgnoreChain Empty { get; } = new([]);

    public IgnoreChain With(GitIgnoreFile file) => file.Patterns.Count == 0 ? this : new([.. _files, file]);

    /// <summary>Whether a path (relative to the scan root, '/'-separated) is ignored; deeper files override shallower ones.</summary>
    public bool IsIgnored(string pathFromRoot, bool isDirectory)
    {
        for (var i = _files.Length - 1; i >= 0; i--)
        {
            if (_files[i].Match(pathFromRoot, isDirectory) is { } ignored)
            {
                return ignored;
            }
        }
        return false;
    }
}
