using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class ScanResultTests
{
    [Fact]
    public void Constructor_BothOrNeitherSet_Throws()
    {
        var file = new WorkspaceFile("/repo/a.cs", "a.cs", 1);
        var skipped = new SkippedFile("b.bin", "binary file (NUL byte at offset 0)");

        Assert.Throws<ArgumentException>(() => new ScanResult(file, skipped));
        Assert.Throws<ArgumentException>(() => new ScanResult(null, null));
        Assert.Same(file, new ScanResult(file, null).File);
        Assert.Same(skipped, new ScanResult(null, skipped).Skipped);
    }
}
