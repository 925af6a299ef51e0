using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Validation;

namespace CodeIntel.Translation.Tests.Python.Validation;

public sealed class PythonSyntaxValidatorTests : IDisposable
{
    private readonly ParserPool _parsers = new();

    public void Dispose() => _parsers.Dispose();

    [Fact]
    public void FindErrors_ValidPython_IsEmpty() =>
        Assert.Empty(new PythonSyntaxValidator(_parsers).FindErrors("def f(a):\n    return (a := a + 1) - 1\n"));

    [Fact]
    public void EnsureValid_BrokenPython_ThrowsNamingTheLine()
    {
        var validator = new PythonSyntaxValidator(_parsers);

        var error = Assert.Throws<InvalidOperationException>(() => validator.EnsureValid("def f(a):\n    return a +\n", "test"));

        Assert.Contains("line 2", error.Message);
        Assert.Contains("test translator", error.Message);
    }

    [Theory]
    [InlineData("if a:\n    return 1\n", "'return' outside function")]
    [InlineData("for a in b:\n    pass\nif c:\n    break\n", "'break' outside loop")]
    [InlineData("def f():\n    if a:\n        continue\n", "'continue' not properly in loop")]
    public void EnsureValid_FragmentOfABody_ReturnsAWarningInsteadOfThrowing(string python, string why)
    {
        var warnings = new PythonSyntaxValidator(_parsers).EnsureValid(python, "test");

        var warning = Assert.Single(warnings);
        Assert.Contains(why, warning.Message, StringComparison.Ordinal);
        Assert.Contains("fragment", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureValid_NonlocalWithoutABinding_ThrowsAsATranslatorBug()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new PythonSyntaxValidator(_parsers).EnsureValid("def f():\n    def g():\n        nonlocal n\n        n = 1\n", "test"));

        Assert.Contains("no binding for nonlocal 'n'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }
}
