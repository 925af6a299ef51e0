using CodeIntel.Parsing.Workspace.GitIgnore;

namespace CodeIntel.Parsing.Tests.Workspace.GitIgnore;

public sealed class GitIgnoreFileTests
{
    [Fact]
    public void Match_LaterLineOverridesEarlierOne()
    {
        var file = new GitIgnoreFile("", ["*.log", "!important.log", "important.log.*"]);

        Assert.True(file.Match("debug.log", false));
        Assert.False(file.Match("important.log", false));
        Assert.Null(file.Match("readme.md", false));
    }

    [Fact]
    public void Match_NestedFile_MatchesPathsRelativeToItsFolderOnly()
    {
        var file = new GitIgnoreFile("pkg/web", ["/dist", "*.tmp"]);

        Assert.True(file.Match("pkg/web/dist", true));
        Assert.Null(file.Match("pkg/web/src/dist", true));
        Assert.True(file.Match("pkg/web/src/x.tmp", false));
        Assert.Null(file.Match("pkg/x.tmp", false));
        Assert.Null(file.Match("pkg/website/x.tmp", false));
    }

    [Fact]
    public void Load_FileOnDisk_SkipsCommentsAndCrLfLineEnds()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteFile(".gitignore", "# comment\r\n*.bak\r\n\r\n!keep.bak\r\n");

        var file = GitIgnoreFile.Load(path, "");

        Assert.Equal(["*.bak", "!keep.bak"], file.Patterns.Select(p => p.Line));
        Assert.False(file.Match("keep.bak", false));
    }
}
