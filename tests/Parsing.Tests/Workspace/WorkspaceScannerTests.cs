using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class WorkspaceScannerTests
{
    [Fact]
    public void Scan_NestedTree_YieldsFilesDepthFirstInOrdinalOrderWithSlashPaths()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("b.txt", "b");
        temp.WriteFile("a.txt", "a");
        temp.WriteFile("A.txt", "A");
        temp.WriteFile("a/z.cs", "class Z {}");
        temp.WriteFile("a/deep/er/x.py", "x = 1\n");
        temp.WriteFile("src/Main.cs", "class Main {}");

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal(["A.txt", "a/deep/er/x.py", "a/z.cs", "a.txt", "b.txt", "src/Main.cs"], scan.Paths);
        var main = scan.Files.Single(f => f.RelativePath == "src/Main.cs");
        Assert.Equal(temp.PathOf("src/Main.cs"), main.FullPath);
        Assert.Equal("class Main {}".Length, main.Length);
        Assert.Empty(scan.Skipped);
    }

    [Fact]
    public void Scan_SequenceEnumeratedAgainAfterAPartialRun_StartsOver()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("a.cs", "class A {}");
        temp.WriteFile("b/c.cs", "class C {}");
        var results = new WorkspaceScanner().Scan(temp.Root);

        Assert.Equal("a.cs", results.First().File?.RelativePath);

        Assert.Equal(["a.cs", "b/c.cs"], results.Select(r => r.File?.RelativePath));
    }

    [Fact]
    public void Scan_DotFiles_AreIncluded()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".editorconfig", "root = true\n");
        temp.WriteFile(".github/workflows/ci.yml", "on: push\n");

        Assert.Equal([".editorconfig", ".github/workflows/ci.yml"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_VersionControlFolders_AreLeftOutSilently()
    {
        using var temp = new TempDirectory();
        temp.WriteFile(".git/config", "[core]\n");
        temp.WriteFile(".git/objects/ab/cdef", "blob");
        temp.WriteFile(".hg/store/data", "x");
        temp.WriteFile(".svn/entries", "12");
        temp.WriteFile("sub/.git", "gitdir: ../.git/worktrees/sub\n");
        temp.WriteFile("sub/code.c", "int main(void) { return 0; }");

        Assert.Equal(["sub/code.c"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_DependencyAndOutputFolders_AreLeftOutSilentlyButSameNamedFilesAreKept()
    {
        using var temp = new TempDirectory();
        foreach (var folder in new[] { "node_modules/left-pad", "bin/Debug", "obj", ".vs", "pkg/__pycache__", ".venv/lib" })
        {
            temp.WriteFile($"{folder}/file.js", "module.exports = 1;");
        }
        temp.WriteFile("tools/bin", "#!/bin/sh\necho a script named bin\n");
        temp.WriteFile("index.js", "require('left-pad');");

        Assert.Equal(["index.js", "tools/bin"], ScanOutput.Of(temp.Root).Paths);
    }

    [Fact]
    public void Scan_SingleFilePath_YieldsJustThatFileRelativeToItsFolder()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteFile("src/app.ts", "export const x = 1;");
        temp.WriteFile("src/other.ts", "export const y = 2;");

        var scan = ScanOutput.Of(path);

        var file = Assert.Single(scan.Files);
        Assert.Equal(new WorkspaceFile(path, "app.ts", "export const x = 1;".Length), file);
        Assert.Single(scan.Results);
    }

    [Fact]
    public void Scan_PathThatDoesNotExist_ThrowsDirectoryNotFoundNamingThePath()
    {
        using var temp = new TempDirectory();
        var missing = temp.PathOf("no/such/folder");

        var exception = Assert.Throws<DirectoryNotFoundException>(() => new WorkspaceScanner().Scan(missing));

        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Check the path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_EmptyPath_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => new WorkspaceScanner().Scan("  "));
    }

    [Fact]
    public void Scan_FileOverTheLimit_IsSkippedAsTooLargeWithoutBeingOpened()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("small.cs", "class Small {}");
        var big = temp.PathOf("big.sql");
        using (var sparse = new FileStream(big, FileMode.CreateNew))
        {
            sparse.SetLength(50L * 1024 * 1024);
        }
        // An exclusive lock makes any attempt to open the file fail, so a "too large" verdict proves it was not read.
        using var locked = new FileStream(big, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var scan = ScanOutput.Of(temp.Root);

        Assert.Equal(["big.sql", "small.cs"], scan.Paths);
        Assert.Equal("too large (50.0 MB > 4.0 MB limit)", scan.ReasonFor("big.sql"));
    }

    [Fact]
    public void Scan_CustomLimit_AppliesToTheExactByteCount()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("exact.txt", new string('x', 100));
        temp.WriteFile("over.txt", new string('x', 101));

        var scan = ScanOutput.Of(temp.Root, new WorkspaceOptions { MaxFileBytes = 100 });

        Assert.Equal(["exact.txt"], scan.FilePaths);
        Assert.Equal("too large (101 bytes > 100 bytes limit)", scan.ReasonFor("over.txt"));
    }

    [Fact]
    public void Scan_TokenCancelledBeforehand_ThrowsWhenEnumerated()
    {
        using var temp = new TempDirectory();
        temp.WriteFile("a.cs", "class A {}");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var results = new WorkspaceScanner().Scan(temp.Root, cancellation.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => results.ToList());
    }

    [Fact]
    public void Scan_TokenCancelledMidWalk_StopsWithOperationCanceled()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 5; i++)
        {
            temp.WriteFile($"f{i}.cs", "class F {}");
        }
        using var cancellation = new CancellationTokenSource();
        using var results = new WorkspaceScanner().Scan(temp.Root, cancellation.Token).GetEnumerator();

        Assert.True(results.MoveNext());
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => results.MoveNext());
    }
}
