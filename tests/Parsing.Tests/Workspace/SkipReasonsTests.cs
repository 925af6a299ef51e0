using CodeIntel.Parsing.Workspace;

namespace CodeIntel.Parsing.Tests.Workspace;

public sealed class SkipReasonsTests
{
    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(4L * 1024 * 1024, "4.0 MB")]
    [InlineData(55_000_000, "52.5 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3.0 GB")]
    public void FormatSize_ByteCount_UsesBinaryUnitsAndOneDecimal(long bytes, string expected)
    {
        Assert.Equal(expected, SkipReasons.FormatSize(bytes));
    }
}
