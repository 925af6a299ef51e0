namespace CodeIntel.Tests;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Root = Path.Combine(Path.GetTempPath(), "codeintel-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>Absolute path of the directory.</summary>
    public string Root { get; }

    /// <summary>The absolute path of a '/'-separated path inside the directory.</summary>
    public string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Writes a UTF-8 text file (no BOM), creating its folders, with a last-write time a minute ago (or
    /// <paramref name="age"/>) so an indexer trusts the time instead of treating the file as just written.
    /// </summary>
    public string WriteFile(string relativePath, string content = "", TimeSpan? age = null) =>
        WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content), age);

    public string WriteBytes(string relativePath, byte[] content, TimeSpan? age = null)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - (age ?? TimeSpan.FromMinutes(1)));
        return path;
    }

    public string CreateDirectory(string relativePath) => Directory.CreateDirectory(PathOf(relativePath)).FullName;

    /// <summary>Creates a file or directory symbolic link at <paramref name="relativePath"/> whose target text is <paramref name="target"/>.</summary>
    public string CreateSymbolicLink(string relativePath, string target, bool toDirectory)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var native = target.Replace('/', Path.DirectorySeparatorChar);
        var link = toDirectory ? Directory.CreateSymbolicLink(path, native) : File.CreateSymbolicLink(path, native);
        return link.FullName;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
