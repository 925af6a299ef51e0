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
}
