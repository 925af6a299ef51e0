namespace CodeIntel.Parsing.Workspace;

/// <summary>Resolves every symbolic link in a path, like realpath(3), so that two routes to one directory compare equal.</summary>
internal static class RealPath
{
    // Linux gives up (ELOOP) after 40 links; so do we, which also ends cycles between links.
    private const int MaxLinks = 40;

    /// <summary>The link-free absolute path of <paramref name="fullPath"/>. Throws IOException on too many links.</summary>
    public static string Resolve(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath)
            ?? throw new ArgumentException($"Expected an absolute path, got '{fullPath}'.", nameof(fullPath));
        var pending = new Stack<string>();
        PushComponents(pending, fullPath[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var component))
        {
            if (component == ".")
            {
                continue;
            }
            if (component == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var candidate = Path.Join(current, component);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }
            if (++links > MaxLinks)
            {
                throw new IOException($"Too many levels of symbolic links while resolving '{fullPath}'.");
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            PushComponents(pending, target);
        }
        return current;
    }

    private static void PushComponents(Stack<string> pending, string path)
    {
        var components = path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = components.Length - 1; i >= 0; i--)
        {
            pending.Push(components[i]);
        }
    }
}
