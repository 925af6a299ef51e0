using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class RealPathTests
{
    [SkippableFact]
    public void Resolve_ChainOfRelativeLinks_GivesTheLinkFreePath()
    {
        Skip.If(OperatingSystem.IsWindows(), "creating symbolic links needs Developer Mode or administrator rights on Windows");
        using var temp = new TempDirectory();
        temp.CreateDirectory("real/inner");
        temp.CreateSymbolicLink("hop1", "hop2", toDirectory: true);
        temp.CreateSymbolicLink("hop2", "real", toDirectory: true);
        var expected = RealPath.Resolve(temp.PathOf("real/inner"));

        Assert.Equal(expected, RealPath.Resolve(temp.PathOf("hop1/inner")));
        Assert.Equal(expected, RealPath.Resolve(Path.Join(temp.Root, "real", "..", "hop2", ".", "inner")));
    }

    [SkippableFact]
    public void Resolve_CyclicLinks_ThrowsIOException()
    {
        Skip.If(OperatingSystem.IsWindows(), "creating symbolic links needs Developer Mode or administrator rights on Windows");
        using var temp = new TempDirectory();
        temp.CreateSymbolicLink("a", "b", toDirectory: true);
        temp.CreateSymbolicLink("b", "a", toDirectory: true);

        Assert.Throws<IOException>(() => RealPath.Resolve(temp.PathOf("a/x")));
    }
}
