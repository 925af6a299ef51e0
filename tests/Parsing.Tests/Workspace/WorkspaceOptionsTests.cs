using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class WorkspaceOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new WorkspaceOptions();

        Assert.Equal(4 * 1024 * 1024, options.MaxFileBytes);
        Assert.True(options.RespectGitIgnore);
        Assert.False(options.IncludeGenerated);
        Assert.False(options.FollowSymlinks);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxFileBytes_NotPositive_ThrowsNamingTheOption(long value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkspaceOptions { MaxFileBytes = value });

        Assert.Equal(nameof(WorkspaceOptions.MaxFileBytes), exception.ParamName);
    }
}
