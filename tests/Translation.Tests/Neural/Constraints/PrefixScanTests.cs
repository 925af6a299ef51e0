using CodeIntel.Translation.Neural.Constraints;

namespace CodeIntel.Translation.Tests.Neural.Constraints;

public sealed class PrefixScanTests
{
    [Fact]
    public void Of_ClosersInsideStringsCharsAndComments_Ignored()
    {
        var scan = PrefixScan.Of("void F() { var s = \"})\"; var c = '}'; // )]}\n /* ) */ G(");
        Assert.False(scan.Unbalanced);
        Assert.Equal(2, scan.OpenBraces);
    }

    [Fact]
    public void Of_CutsOnlyOutsideParentheses()
    {
        const string text = "void F() { for (int i = 0; i < n; i++) { G(); ";
        var scan = PrefixScan.Of(text);
        Assert.Equal(text.LastIndexOf(';') + 1, scan.Cut);
        Assert.Equal(text.LastIndexOf('{') + 1, scan.PreviousCut);
        Assert.Equal(2, scan.BracesAtCut);
    }

    [Fact]
    public void Of_EndsInsideAString_ReportsTheOpenLiteral()
    {
        Assert.True(PrefixScan.Of("void F() { var s = \"abc").InsideLiteral);
        Assert.True(PrefixScan.Of("void F() { var s = @\"a\"\"b").InsideLiteral);
        Assert.False(PrefixScan.Of("void F() { var s = @\"a\\\"; }").InsideLiteral);
    }

    [Fact]
    public void Of_MismatchedCloser_Unbalanced()
    {
        Assert.True(PrefixScan.Of("void F() { G(]").Unbalanced);
        Assert.True(PrefixScan.Of("}").Unbalanced);
    }

    [Fact]
    public void Of_StatementEndInsideArgumentsOrIndex_UnbalancedButForAndTryHeadersAllowed()
    {
        Assert.True(PrefixScan.Of("public R(): base(\"a\", \"b\";").Unbalanced);
        Assert.True(PrefixScan.Of("void F() { a[i;").Unbalanced);
        var header = PrefixScan.Of("void F() { for (int i = 0; i < n; i++) {");
        Assert.False(header.Unbalanced);
        Assert.Equal("void F() { for (int i = 0; i < n; i++) {".Length, header.Cut);
        Assert.False(PrefixScan.Of("void F() { try (var r = Open(); var s = Open()) {").Unbalanced);
        Assert.False(PrefixScan.Of("void F() { Run(() => { a(); b(); });").Unbalanced);
    }
}
