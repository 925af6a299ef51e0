namespace CodeIntel.Parsing.Workspace;

/// <summary>Finds the files of a workspace: walks a directory tree lazily, or accepts a single file.</summary>
public sealed class WorkspaceScanner
{
    private readonly WorkspaceOptions _options;

    public WorkspaceScanner(WorkspaceOptions? options = null) => _options = options ?? new WorkspaceOptions();

    /// <summary>
    /// Yields every file under <paramref name="rootPath"/> as a <see cref="WorkspaceFile"/>, or as a
    /// <see cref="SkippedFile"/> with a reason when it cannot be indexed. Entries come depth-first in ordinal name
    /// order within each directory. Paths excluded by ignore files, version-control folders and dependency or build
    /// output folders are left out silently. Problems with single files or directories are reported, never thrown.
    /// A path to a single file yields just that file (ignore rules do not apply to a file named explicitly).
    /// Nothing is read until the sequence is enumerated.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">Nothing exists at <paramref name="rootPath"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating, when <paramref name="cancellationToken"/> is cancelled.</exception>
    public IEnumerable<ScanResult> Scan(string rootPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootPath);
        var fullPath = Path.GetFullPath(rootPath);
        var isFile = File.Exists(fullPath);
        if (!isFile && !Directory.Exists(fullPath))
        {
            throw new DirectoryNotFoundException(
                $"Cannot scan '{rootPath}': there is no directory or file at '{fullPath}'. " +
                "Check the path; a relative path is resolved against the current directory.");
        }
        return Enumerate(isFile ? fullPath : Path.TrimEndingDirectorySeparator(fullPath), isFile, cancellationToken);
    }

    // A fresh walk per enumeration, so that enumerating the sequence twice starts over each time.
    private IEnumerable<ScanResult> Enumerate(string fullPath, bool isFile, CancellationToken cancellationToken)
    {
        var walk = new DirectoryWalk(_options, cancellationToken);
        foreach (var result in isFile ? walk.WalkSingleFile(fullPath) : walk.Walk(fullPath))
        {
            yield return result;
        }
    }
}
