using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class WorkspaceScannerGitIgnoreTests
{
    [Fact]
    public void Scan_RootGitIgnore_LeavesOutMatchesSilently()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".gitignore", string.Join('\n',
            "# build output", "*.log", "!keep.log", "/dist", "docs/*.tmp", "cache/", "**/secrets/**", ""));
        temp.WriteFile("app.log", "noise");
        temp.WriteFile("src/deep/trace.log", "noise");
        temp.WriteFile("keep.log", "wanted");
        temp.WriteFile("dist/bundle.js", "x");          // anchored: only the root dist
        temp.WriteFile("src/dist/util.js", "kept");
        temp.WriteFile("docs/a.tmp", "x");              // middle slash: anchored to the root
        temp.WriteFile("src/docs/b.tmp", "kept");
        temp.WriteFile("cache/c.bin.txt", "x");         // trailing slash: directories only
        temp.WriteFile("src/cache", "a file named cache is kept");
        temp.WriteFile("config/secrets/key.txt", "x");

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal([".gitignore", "keep.log", "src/cache", "src/dist/util.js", "src/docs/b.tmp"], scan.Paths);
        Assert.Empty(scan.Skipped);
    }

    [Fact]
    public void Scan_NestedGitIgnore_MatchesRelativeToItsFolderAndOverridesParents()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".gitignore", "*.gen\nlocal.txt\n");
        temp.WriteFile("pkg/.gitignore", "/local.txt\n!wanted.gen\nout/\n");
        temp.WriteFile("pkg/local.txt", "ignored by both");
        temp.WriteFile("pkg/sub/local.txt", "still ignored by the root's unanchored pattern");
        temp.WriteFile("pkg/wanted.gen", "re-included by the nested file");
        temp.WriteFile("pkg/other.gen", "ignored by the root");
        temp.WriteFile("pkg/out/x.cs", "ignored by the nested file");
        temp.WriteFile("out/y.cs", "the nested pattern does not reach the root");
        temp.WriteFile("wanted.gen", "the nested negation does not reach the root");

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal([".gitignore", "out/y.cs", "pkg/.gitignore", "pkg/wanted.gen"], scan.Paths);
    }

    [Fact]
    public void Scan_NegationInsideIgnoredDirectory_CannotReincludeTheFile()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".gitignore", "build/\n!build/keep.cs\n");
        temp.WriteFile("build/keep.cs", "class Keep {}");
        temp.WriteFile("main.cs", "class Main {}");

        Assert.Equal([".gitignore", "main.cs"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_DoubleStarInTheMiddle_MatchesAnyDepth()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".gitignore", "assets/**/*.psd.txt\n");
        temp.WriteFile("assets/a.psd.txt", "x");
        temp.WriteFile("assets/icons/large/b.psd.txt", "x");
        temp.WriteFile("assets/icons/readme.md", "kept");

        Assert.Equal([".gitignore", "assets/icons/readme.md"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_GitInfoExclude_IsHonouredAtTheRoot()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".git/info/exclude", "scratch/\n");
        temp.WriteFile(".gitignore", "!scratch/\n*.bak\n");
        temp.WriteFile("notes/scratch/todo.md", "overridden by the .gitignore negation");
        temp.WriteFile("x.bak", "x");

        // .gitignore outranks .git/info/exclude, so its negation wins.
        Assert.Equal([".gitignore", "notes/scratch/todo.md"], ScanOutput.Of(temp.Root).Paths);

        temp.WriteFile(".gitignore", "*.bak\n");
        Assert.Equal([".gitignore"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_RespectGitIgnoreOff_YieldsIgnoredFilesButStillSkipsVersionControl()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".gitignore", "*.log\n");
        temp.WriteFile(".git/info/exclude", "*.md\n");
        temp.WriteFile("app.log", "x");
        temp.WriteFile("readme.md", "x");

        var scan = ScanOutput.Of(temp.Root, new WorkspaceOptions { RespectGitIgnore = false });

        Assert.Equal([".gitignore", "app.log", "readme.md"], scan.Paths);
    }
}
