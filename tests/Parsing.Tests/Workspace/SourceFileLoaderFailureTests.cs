using System.Runtime.Versioning;
using CodeIntel.Parsing.Workspace;
using static CodeIntel.Parsing.Tests.Workspace.SourceFileLoaderTests;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class SourceFileLoaderFailureTests
{
    [Fact]
    public void Load_FileDeletedAfterTheScan_IsSkippedAsVanished()
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, "gone.cs", "class Gone {}");
        File.Delete(file.FullPath);

        Assert.Null(new SourceFileLoader().Load(file, out var skipped));
        Assert.Equal(new SkippedFile("gone.cs", "vanished before it could be read (no such file)"), skipped);
    }

    [Fact]
    public void Load_FileLockedByAnotherWriter_IsSkippedWithTheIoError()
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, "busy.cs", "class Busy {}");
        using var locked = new FileStream(file.FullPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Assert.Null(new SourceFileLoader().Load(file, out var skipped));
        Assert.StartsWith("could not be read (", skipped?.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Load_FileWithoutReadPermission_IsSkippedAsPermissionDenied()
    {
        Skip.If(OperatingSystem.IsWindows(), "the test removes Unix permission bits");
        using var temp = new TempDirectory();
        var file = Scanned(temp, "secret.cs", "class Secret {}");
        File.SetUnixFileMode(file.FullPath, UnixFileMode.None);
        Skip.If(CanRead(file.FullPath), "permissions do not stop this user from reading a mode-000 file (running as root?)");

        Assert.Null(new SourceFileLoader().Load(file, out var skipped));
        Assert.StartsWith("could not be read: permission denied", skipped?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ScannedLengthOverTheLimit_IsSkippedWithoutOpeningTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("huge.json");
        using (var sparse = new FileStream(path, FileMode.CreateNew))
        {
            sparse.SetLength(50L * 1024 * 1024);
        }
        using var locked = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Assert.Null(new SourceFileLoader().Load(new WorkspaceFile(path, "huge.json", 50L * 1024 * 1024), out var skipped));
        Assert.Equal("too large (50.0 MB > 4.0 MB limit)", skipped?.Reason);
    }

    [Fact]
    public void Load_FileThatGrewPastTheLimitAfterTheScan_IsSkippedAsTooLarge()
    {
        using var temp = new TempDirectory();
        var file = Scanned(temp, "log.txt", "short");
        File.WriteAllText(file.FullPath, new string('x', 2048));

        Assert.Null(new SourceFileLoader(new WorkspaceOptions { MaxFileBytes = 1024 }).Load(file, out var skipped));
        Assert.Equal("too large (2.0 KB > 1.0 KB limit)", skipped?.Reason);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
