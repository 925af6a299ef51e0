using CodeIntel.Parsing.Languages;
using CodeIntel.Translation.Neural.Constraints;

namespace CodeIntel.Translation.Tests.Neural.Constraints;

public sealed class SyntaxConstraintTests : IDisposable
{
    private readonly SyntaxConstraint _csharp = new(Grammar.CSharp);
    private readonly SyntaxConstraint _java = new(Grammar.Java);

    public void Dispose()
    {
        _csharp.Dispose();
        _java.Dispose();
    }

    [Theory]
    [InlineData("public int Size() { return count; ")]
    [InlineData("public int Size() { return Foo(a, ")]
    [InlineData("public string Name() { return \"}) unbalanced in a string")]
    [InlineData("public int[] Make() { var a = new int[] {")]
    [InlineData("public void Run() { if (x) { y(); } else { ")]
    public void IsViable_PrefixThatCanStillBeCompleted_Accepted(string prefix)
    {
        Assert.True(_csharp.IsViable(prefix, 0, out _));
    }

    [Theory]
    [InlineData("public int Size() { return count; })")]
    [InlineData("public int Size() { return (count]; ")]
    [InlineData("public int Size() { int x = = 1; return x; ")]
    [InlineData("public int Size() { return count; } }")]
    public void IsViable_PrefixNoContinuationCanRepair_Rejected(string prefix)
    {
        Assert.False(_csharp.IsViable(prefix, 0, out _));
    }

    [Fact]
    public void IsViable_NoNewStatementSinceLastCheck_DoesNotParseAgain()
    {
        Assert.True(_csharp.IsViable("public int Size() { return count;", 0, out var cut));
        var parses = _csharp.Parses;
        Assert.True(_csharp.IsViable("public int Size() { return count; var", cut, out var next));
        Assert.Equal(parses, _csharp.Parses);
        Assert.Equal(cut, next);
    }

    [Theory]
    [InlineData("public int Size() { return count; }", true)]
    [InlineData("public virtual void Reset() { this.count = 0; base.Reset(); }", true)]
    [InlineData("public int Size() { return count; ", false)]
    [InlineData("public int Size() { return count + ; }", false)]
    [InlineData("", false)]
    public void IsComplete_CSharpMember_TrueOnlyWhenItParses(string text, bool expected)
    {
        Assert.Equal(expected, _csharp.IsComplete(text));
    }

    [Theory]
    [InlineData("public int Size() { int a = 1; return a +", "public int Size() { int a = 1;}")]
    [InlineData("public int Size() { if (a) { b(); c(", "public int Size() { if (a) { b();}}")]
    [InlineData("public int Size() { int a = 1; x y z w; return", "public int Size() { int a = 1;}")]
    [InlineData("public int Size(", null)]
    public void ClosedPrefix_KeepsTheLongestValidStatementPrefixAndClosesItsBlocks(string text, string? expected)
    {
        Assert.Equal(expected, _csharp.ClosedPrefix(text));
    }

    [Theory]
    [InlineData("public int size() { return count; }", true)]
    [InlineData("public int size() { return count }", false)]
    public void IsComplete_JavaMember_TrueOnlyWhenItParses(string text, bool expected)
    {
        Assert.Equal(expected, _java.IsComplete(text));
    }
}
