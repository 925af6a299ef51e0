using System.Runtime.Versioning;
using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class WorkspaceScannerFailureTests
{
    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Scan_DirectoryWithoutReadPermission_IsReportedAndTheWalkGoesOn()
    {
        Skip.If(OperatingSystem.IsWindows(), "the test removes Unix permission bits");
        using var temp = new TempDirectory();
        temp.WriteFile("a.cs", "class A {}");
        var locked = temp.CreateDirectory("locked");
        temp.WriteFile("locked/hidden.cs", "class Hidden {}");
        temp.WriteFile("z.cs", "class Z {}");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            Skip.If(CanList(locked), "permissions do not stop this user from listing a mode-000 folder (running as root?)");

            var scan = ScanOutput.Of(temp.Root);

            Assert.Equal(["a.cs", "locked", "z.cs"], scan.Paths);
            Assert.StartsWith("directory could not be listed: permission denied", scan.ReasonFor("locked"), StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Scan_FileDeletedAfterItsDirectoryWasListed_IsReportedAsVanished()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("a.cs", "class A {}");
        temp.WriteFile("b.cs", "class B {}");
        temp.WriteFile("c.cs", "class C {}");
        using var results = new WorkspaceScanner().Scan(temp.Root).GetEnumerator();

        Assert.True(results.MoveNext());
        Assert.Equal("a.cs", results.Current.File?.RelativePath);
        File.Delete(temp.PathOf("b.cs"));
        var rest = Drain(results);

        Assert.Equal(new SkippedFile("b.cs", "vanished during the scan (deleted after its directory was listed)"), rest[0].Skipped);
        Assert.Equal("c.cs", rest[1].File?.RelativePath);
    }

    [Fact]
    public void Scan_DirectoryDeletedAfterItsParentWasListed_IsReportedAndTheWalkGoesOn()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("a.cs", "class A {}");
        temp.WriteFile("gone/x.cs", "class X {}");
        temp.WriteFile("z.cs", "class Z {}");
        using var results = new WorkspaceScanner().Scan(temp.Root).GetEnumerator();

        Assert.True(results.MoveNext());
        Directory.Delete(temp.PathOf("gone"), recursive: true);
        var rest = Drain(results);

        Assert.Equal("gone", rest[0].Skipped?.RelativePath);
        Assert.StartsWith("vanished", rest[0].Skipped?.Reason, StringComparison.Ordinal);
        Assert.Equal("z.cs", rest[1].File?.RelativePath);
    }

    private static List<ScanResult> Drain(IEnumerator<ScanResult> results)
    {
        var rest = new List<ScanResult>();
        while (results.MoveNext())
        {
            rest.Add(results.Current);
        }
        return rest;
    }

    private static bool CanList(string directory)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(directory);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
