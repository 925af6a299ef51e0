using CodeIntel.Parsing.Workspace.GitIgnore;

namespace CodeIntel.Parsing.Tests.Workspace.GitIgnore;

public sealed class IgnoreChainTests
{
    [Fact]
    public void IsIgnored_DeeperFile_OverridesShallowerOne()
    {
        var chain = IgnoreChain.Empty
            .With(new GitIgnoreFile("", ["*.json"]))
            .With(new GitIgnoreFile("config", ["!*.json"]));

        Assert.True(chain.IsIgnored("data.json", false));
        Assert.False(chain.IsIgnored("config/app.json", false));
    }

    [Fact]
    public void IsIgnored_NoFileHasAnOpinion_IsFalse()
    {
        var chain = IgnoreChain.Empty.With(new GitIgnoreFile("", ["*.log"]));

        Assert.False(chain.IsIgnored("main.cs", false));
        Assert.False(IgnoreChain.Empty.IsIgnored("anything", true));
    }
}
