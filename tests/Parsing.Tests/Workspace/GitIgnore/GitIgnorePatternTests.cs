using CodeIntel.Parsing.Workspace.GitIgnore;

namespace CodeIntel.Parsing.Tests.Workspace.GitIgnore;

public sealed class GitIgnorePatternTests
{
    [Theory]
    // No slash: matches a name at any depth.
    [InlineData("*.log", "app.log", false, true)]
    [InlineData("*.log", "a/b/app.log", false, true)]
    [InlineData("*.log", "app.log.txt", false, false)]
    [InlineData("build", "src/build", true, true)]
    // A leading or middle slash anchors to the .gitignore's folder.
    [InlineData("/*.c", "main.c", false, true)]
    [InlineData("/*.c", "src/main.c", false, false)]
    [InlineData("doc/*.txt", "doc/notes.txt", false, true)]
    [InlineData("doc/*.txt", "src/doc/notes.txt", false, false)]
    [InlineData("doc/*.txt", "doc/sub/notes.txt", false, false)]
    // A trailing slash matches directories only.
    [InlineData("out/", "out", true, true)]
    [InlineData("out/", "out", false, false)]
    [InlineData("out/", "a/out", true, true)]
    // Double stars.
    [InlineData("**/cache", "cache", true, true)]
    [InlineData("**/cache", "a/b/cache", true, true)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("a/**/b", "x/a/b", false, false)]
    [InlineData("abc/**", "abc/x/y.cs", false, true)]
    [InlineData("abc/**", "abc", true, false)]
    [InlineData("a**b", "a/b", false, false)]
    [InlineData("a**b", "axxb", false, true)]
    // Wildcards never cross a slash.
    [InlineData("src/*", "src/a/b.cs", false, false)]
    [InlineData("a?c", "abc", false, true)]
    [InlineData("a?c", "a/c", false, false)]
    // Bracket expressions.
    [InlineData("file[0-9].txt", "file7.txt", false, true)]
    [InlineData("file[!0-9].txt", "file7.txt", false, false)]
    [InlineData("file[!0-9].txt", "fileA.txt", false, true)]
    [InlineData("[]x]", "]", false, true)]
    [InlineData("x[", "x[", false, true)]
    // Escapes, trailing spaces and regex metacharacters.
    [InlineData(@"\!important", "!important", false, true)]
    [InlineData(@"\#tag", "#tag", false, true)]
    [InlineData("name   ", "name", false, true)]
    [InlineData(@"name\ ", "name ", false, true)]
    [InlineData("a+b(1).cs", "a+b(1).cs", false, true)]
    [InlineData("*.LOG", "app.log", false, false)]
    public void IsMatch_GitSemantics_MatchesAsGitDoes(string line, string path, bool isDirectory, bool expected)
    {
        Assert.True(GitIgnorePattern.TryParse(line, out var pattern));
        Assert.Equal(expected, pattern.IsMatch(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("/")]
    [InlineData("!")]
    public void TryParse_BlankCommentOrEmptyPattern_HoldsNoPattern(string line)
    {
        Assert.False(GitIgnorePattern.TryParse(line, out _));
    }

    [Fact]
    public void TryParse_NegatedDirectoryPattern_ReportsBothFlags()
    {
        Assert.True(GitIgnorePattern.TryParse("!vendor/", out var pattern));

        Assert.True(pattern.IsNegated);
        Assert.True(pattern.IsDirectoryOnly);
        Assert.True(pattern.IsMatch("vendor", isDirectory: true));
    }

    [Fact]
    public void IsMatch_PatternWithManyStarsOnAdversarialName_AnswersWithoutBacktrackingForever()
    {
        Assert.True(GitIgnorePattern.TryParse("*a*a*a*a*a*a*a*a*a*a*b", out var pattern));

        Assert.False(pattern.IsMatch(new string('a', 250), isDirectory: false));
        Assert.True(pattern.IsMatch(new string('a', 250) + "b", isDirectory: false));
    }
}
