using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class WorkspaceScannerSymlinkTests
{
    private const string NoSymlinks = "creating symbolic links needs Developer Mode or administrator rights on Windows";

    [SkippableFact]
    public void Scan_LinkedDirectoryByDefault_IsReportedAndNotFollowed()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.WriteFile("real/a.cs", "class A {}");
        temp.CreateSymbolicLink("alias", "real", toDirectory: true);

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal(["alias", "real/a.cs"], scan.Paths);
        Assert.Equal("symbolic link to a directory (not followed)", scan.ReasonFor("alias"));
    }

    [SkippableFact]
    public void Scan_LinkedDirectoryWithFollowSymlinks_IsWalkedUnderTheLinkPath()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.WriteFile("real/a.cs", "class A {}");
        temp.CreateSymbolicLink("alias", "real", toDirectory: true);

        var scan = ScanOutput.Of(temp.Root, new WorkspaceOptions { FollowSymlinks = true });

        Assert.Equal(["alias/a.cs", "real/a.cs"], scan.Paths);
        Assert.Equal(temp.PathOf("alias/a.cs"), scan.Files[0].FullPath);
    }

    [SkippableFact]
    public void Scan_LinkBackToAnEnclosingDirectory_IsSkippedAsALoop()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.WriteFile("pkg/a.cs", "class A {}");
        temp.CreateSymbolicLink("pkg/up", "..", toDirectory: true);
        temp.CreateSymbolicLink("pkg/self", ".", toDirectory: true);

        var scan = ScanOutput.Of(temp.Root, new WorkspaceOptions { FollowSymlinks = true });

        Assert.Equal(["pkg/a.cs", "pkg/self", "pkg/up"], scan.Paths);
        Assert.StartsWith("symbolic link loop", scan.ReasonFor("pkg/self"), StringComparison.Ordinal);
        Assert.StartsWith("symbolic link loop", scan.ReasonFor("pkg/up"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Scan_LoopReachedThroughAnotherLink_IsStillDetectedByRealPath()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.WriteFile("real/inner/x.cs", "class X {}");
        temp.CreateSymbolicLink("real/inner/back", "../../via", toDirectory: true);
        temp.CreateSymbolicLink("via", "real", toDirectory: true);

        var scan = ScanOutput.Of(temp.Root, new WorkspaceOptions { FollowSymlinks = true });

        // "back" names "via", itself a link to "real": only the fully resolved path shows it is an enclosing folder.
        Assert.Equal(["real/inner/back", "real/inner/x.cs", "via/inner/back", "via/inner/x.cs"], scan.Paths);
        Assert.All(scan.Skipped, s => Assert.StartsWith("symbolic link loop", s.Reason, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Scan_LinkedFile_IsYieldedWithTheTargetsLength()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.WriteFile("shared/config.json", "{ \"answer\": 42 }");
        temp.CreateSymbolicLink("app/config.json", "../shared/config.json", toDirectory: false);

        var scan = ScanOutput.Of(temp.Root);

        var linked = scan.Files.Single(f => f.RelativePath == "app/config.json");
        Assert.Equal("{ \"answer\": 42 }".Length, linked.Length);
        Assert.Equal(temp.PathOf("app/config.json"), linked.FullPath);
    }

    [SkippableFact]
    public void Scan_DanglingLink_IsSkippedNamingTheMissingTarget()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.CreateSymbolicLink("broken.cs", "deleted.cs", toDirectory: false);

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal("dangling symbolic link (target 'deleted.cs' does not exist)", scan.ReasonFor("broken.cs"));
    }

    [SkippableFact]
    public void Scan_LinksPointingAtEachOther_AreSkippedAsUnresolvable()
    {
        Skip.If(OperatingSystem.IsWindows(), NoSymlinks);
        using var temp = new TempDirectory();
        temp.CreateSymbolicLink("ping", "pong", toDirectory: false);
        temp.CreateSymbolicLink("pong", "ping", toDirectory: false);
        temp.WriteFile("z.cs", "class Z {}");

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal(["ping", "pong", "z.cs"], scan.Paths);
        Assert.StartsWith("symbolic link cannot be resolved", scan.ReasonFor("ping"), StringComparison.Ordinal);
    }
}
