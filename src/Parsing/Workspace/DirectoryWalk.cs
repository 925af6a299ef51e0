using CodeIntel.Parsing.Workspace.GitIgnore;

namespace CodeIntel.Parsing.Workspace;

/// <summary>
/// One depth-first walk of a directory tree. Entries are listed when their directory is reached and examined
/// only when visited, so a file deleted in between is reported rather than thrown. Not thread-safe; one per scan.
/// </summary>
internal sealed class DirectoryWalk
{
    private readonly EnumerationOptions _listOptions = new()
    {
        // The defaults would hide dot files on Unix (they count as Hidden) and swallow permission errors.
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private readonly WorkspaceOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly Stack<WalkEntry> _pending = new();

    public DirectoryWalk(WorkspaceOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Walks the directory at <paramref name="rootPath"/> (absolute), yielding results in ordinal name order.</summary>
    public IEnumerable<ScanResult> Walk(string rootPath)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var ignores = IgnoreChain.Empty;
        if (_options.RespectGitIgnore)
        {
            var exclude = Path.Join(rootPath, ".git", "info", "exclude");
            (ignores, var problem) = LoadIgnoreFile(exclude, ".git/info/exclude", "", ignores);
            if (problem is not null)
            {
                yield return problem.Value;
            }
        }
        var root = DirectoryContext.ForRoot(RealPath.Resolve(rootPath), ignores);
        if (List(new DirectoryInfo(rootPath), "", root) is { } rootProblem)
        {
            yield return rootProblem;
        }
        while (_pending.TryPop(out var entry))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (Visit(entry) is { } result)
            {
                yield return result;
            }
        }
    }

    /// <summary>Yields the single file at <paramref name="filePath"/> (absolute), relative to its own directory.</summary>
    public IEnumerable<ScanResult> WalkSingleFile(string filePath)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var directory = Path.GetDirectoryName(filePath) ?? filePath;
        var parent = DirectoryContext.ForRoot(directory, IgnoreChain.Empty);
        if (Visit(new WalkEntry(new FileInfo(filePath), Path.GetFileName(filePath), parent)) is { } result)
        {
            yield return result;
        }
    }

    private ScanResult? Visit(WalkEntry entry)
    {
        var info = entry.Info;
        info.Refresh();
        if (info.LinkTarget is not null)
        {
            return VisitLink(entry);
        }
        if (!info.Exists)
        {
            return Skip(entry.RelativePath, SkipReasons.Vanished);
        }
        if (info is DirectoryInfo directory)
        {
            var context = entry.Parent.Enter(Path.Join(entry.Parent.RealPath, info.Name));
            return List(directory, entry.RelativePath, context);
        }
        return FileOrTooLarge(info.FullName, entry.RelativePath, ((FileInfo)info).Length);
    }

    private ScanResult? VisitLink(WalkEntry entry)
    {
        var info = entry.Info;
        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException exception)
        {
            return Skip(entry.RelativePath, SkipReasons.UnresolvableLink(exception.Message));
        }
        if (target is null)
        {
            return Skip(entry.RelativePath, SkipReasons.Vanished);
        }
        if (File.Exists(target.FullName))
        {
            return FileOrTooLarge(info.FullName, entry.RelativePath, new FileInfo(target.FullName).Length);
        }
        if (!Directory.Exists(target.FullName))
        {
            return Skip(entry.RelativePath, SkipReasons.DanglingLink(info.LinkTarget));
        }
        if (!_options.FollowSymlinks)
        {
            return Skip(entry.RelativePath, SkipReasons.DirectoryLinkNotFollowed);
        }
        string realPath;
        try
        {
            realPath = RealPath.Resolve(info.FullName);
        }
        catch (IOException exception)
        {
            return Skip(entry.RelativePath, SkipReasons.UnresolvableLink(exception.Message));
        }
        return entry.Parent.Ancestors.Contains(realPath)
            ? Skip(entry.RelativePath, SkipReasons.SymlinkLoop)
            : List(new DirectoryInfo(info.FullName), entry.RelativePath, entry.Parent.Enter(realPath));
    }

    /// <summary>Lists a directory and queues its entries; returns a result only when something must be reported.</summary>
    private ScanResult? List(DirectoryInfo directory, string relativePath, DirectoryContext context)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. directory.EnumerateFileSystemInfos("*", _listOptions)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Skip(relativePath.Length == 0 ? "." : relativePath, SkipReasons.CannotList(exception));
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        ScanResult? problem = null;
        var ignores = context.Ignores;
        if (_options.RespectGitIgnore && entries.Find(e => e.Name == ".gitignore" && e is FileInfo) is { } gitIgnore)
        {
            (ignores, problem) = LoadIgnoreFile(gitIgnore.FullName, Join(relativePath, ".gitignore"), relativePath, ignores);
        }
        var children = context with { Ignores = ignores };
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var child = entries[i];
            var childPath = Join(relativePath, child.Name);
            var isDirectory = child is DirectoryInfo;
            if (DefaultExclusions.IsExcluded(child.Name, isDirectory) || ignores.IsIgnored(childPath, isDirectory))
            {
                continue;
            }
            _pending.Push(new WalkEntry(child, childPath, children));
        }
        return problem;
    }

    /// <summary>Adds an ignore file to the chain; an unreadable one leaves the chain as it was and is reported.</summary>
    private static (IgnoreChain Chain, ScanResult? Problem) LoadIgnoreFile(
        string fullPath, string relativePath, string baseDirectory, IgnoreChain chain)
    {
        try
        {
            return File.Exists(fullPath) ? (chain.With(GitIgnoreFile.Load(fullPath, baseDirectory)), null) : (chain, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (chain, Skip(relativePath, SkipReasons.IgnoreFileUnreadable(exception)));
        }
    }

    private ScanResult FileOrTooLarge(string fullPath, string relativePath, long length) =>
        length > _options.MaxFileBytes
            ? Skip(relativePath, SkipReasons.TooLarge(length, _options.MaxFileBytes))
            : new ScanResult(new WorkspaceFile(fullPath, relativePath, length), null);

    private static ScanResult Skip(string relativePath, string reason) => new(null, new SkippedFile(relativePath, reason));

    private static string Join(string directory, string name) => directory.Length == 0 ? name : $"{directory}/{name}";
}
