using CodeIntel.Retrieval.Indexing;

namespace CodeIntel.Retrieval.Tests.Indexing;

public class PathGlobTests
{
    [Theory]
    [InlineData("*.cs", "Program.cs", true)]
    [InlineData("*.cs", "src/deep/Program.cs", true)]
    [InlineData("*.cs", "src/Program.csx", false)]
    [InlineData("src/*.cs", "src/Program.cs", true)]
    [InlineData("src/*.cs", "src/deep/Program.cs", false)]
    [InlineData("src/**/*.cs", "src/Program.cs", true)]
    [InlineData("src/**/*.cs", "src/a/b/Program.cs", true)]
    [InlineData("src/**/*.cs", "lib/src/Program.cs", false)]
    [InlineData("src/**", "src/a/b.py", true)]
    [InlineData("src/**", "srcx/b.py", false)]
    [InlineData("**/test_*.py", "test_a.py", true)]
    [InlineData("**/test_*.py", "a/b/test_a.py", true)]
    [InlineData("a?c.js", "abc.js", true)]
    [InlineData("a?c.js", "a/c.js", false)]
    [InlineData("/Program.cs", "Program.cs", true)]
    [InlineData("/Program.cs", "src/Program.cs", false)]
    [InlineData("./src/*.py", "src/a.py", true)]
    [InlineData("file.name+(1).cs", "file.name+(1).cs", true)]
    [InlineData("file.name.cs", "fileXnameXcs", false)]
    [InlineData("*.CS", "Program.cs", false)]
    public void IsMatch_Pattern_MatchesLikeGitIgnore(string pattern, string path, bool expected) =>
        Assert.Equal(expected, PathGlob.Parse(pattern).IsMatch(path));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("./")]
    public void Parse_EmptyPattern_ThrowsSayingWhatToGive(string pattern) =>
        Assert.ThrowsAny<ArgumentException>(() => PathGlob.Parse(pattern));
}
