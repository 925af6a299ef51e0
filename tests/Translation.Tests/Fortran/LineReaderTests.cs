using CodeIntel.Translation.Fortran.Lexing;

namespace CodeIntel.Translation.Tests.Fortran;

public sealed class LineReaderTests
{
    [Fact]
    public void Read_FixedFormContinuationAndComments_JoinsStatementAndDropsComments()
    {
        var source = "C     a comment\n      X = 1 +\n     &    2\n   10 CONTINUE\n*     another\n";
        var lines = LineReader.Read(source, SourceForm.Fixed);
        Assert.Equal(2, lines.Count);
        Assert.Equal("X = 1 +    2", lines[0].Text);
        Assert.Equal(1, lines[0].Line);
        Assert.Equal(2, lines[0].EndLine);
        Assert.Equal("10", lines[1].Label);
        Assert.Equal("CONTINUE", lines[1].Text);
    }

    [Fact]
    public void Read_FreeFormDirectiveAndContinuation_KeepsDirectiveAndJoinsLines()
    {
        var source = "x = a + &\n    & b ! sum\n!$omp parallel do &\n!$omp& private(i)\ny = 'it''s ! not a comment'\n";
        var lines = LineReader.Read(source, SourceForm.Free);
        Assert.Equal(3, lines.Count);
        Assert.Equal("x = a +   b", lines[0].Text);
        Assert.Equal("sum", lines[0].Comment);
        Assert.True(lines[1].IsDirective);
        Assert.Equal("parallel do  private(i)", lines[1].Text);
        Assert.Equal("y = 'it''s ! not a comment'", lines[2].Text);
    }

    [Fact]
    public void Read_FixedFormOmpSentinel_IsADirective()
    {
        var lines = LineReader.Read("C$OMP PARALLEL DO\n      DO 10 I = 1, N\n   10 CONTINUE\n", SourceForm.Fixed);
        Assert.True(lines[0].IsDirective);
        Assert.Equal("PARALLEL DO", lines[0].Text.Trim());
    }

    [Theory]
    [InlineData("prog.f", SourceForm.Fixed)]
    [InlineData("prog.f90", SourceForm.Free)]
    [InlineData(null, SourceForm.Fixed)]
    public void DetectForm_ExtensionOrColumnLayout_PicksForm(string? path, SourceForm expected)
    {
        var source = "C     comment\n      PROGRAM P\n      X = 1\n      END\n";
        Assert.Equal(expected, LineReader.DetectForm(source, path));
    }

    [Fact]
    public void DetectForm_IndentedFreeFormWithoutPath_IsFree()
    {
        Assert.Equal(SourceForm.Free, LineReader.DetectForm("program p\n  implicit none\n  print *, 1\nend program\n", null));
    }
}
