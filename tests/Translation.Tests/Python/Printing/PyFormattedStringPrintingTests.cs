using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;
using CodeIntel.Translation.Tests.Support;

namespace CodeIntel.Translation.Tests.Python.Printing;

public sealed class PyFormattedStringPrintingTests
{
    private static string Print(params PyExpression[] parts) => PythonExpressionPrinter.Print(new PyFormattedString(parts));

    [Fact]
    public void Print_TextAndName_IsAnFString() =>
        Assert.Equal("f\"x = {x}!\"", Print(new PyString("x = "), new PyName("x"), new PyString("!")));

    [Fact]
    public void Print_LiteralBraces_AreDoubled() =>
        Assert.Equal("f\"{{{x}}}\"", Print(new PyString("{"), new PyName("x"), new PyString("}")));

    [Fact]
    public void Print_ExpressionWithDoubleQuotes_UsesSingleQuotes() =>
        Assert.Equal("f'v: {d[\"k\"]}'", Print(new PyString("v: "), new PySubscript(new PyName("d"), new PyString("k"))));

    [Fact]
    public void Print_ExpressionWithBackslash_FallsBackToFormat() =>
        Assert.Equal("\"{}\".format(\"\\n\".join(a))", Print(PyCall.Method(new PyString("\n"), "join", new PyName("a"))));

    [Fact]
    public void Print_ConditionalAndDict_AreParenthesizedInsideTheBraces()
    {
        var text = Print(new PyConditional(new PyName("c"), new PyName("a"), new PyName("b")), new PyString(" "), new PyDict([new PyDictEntry(new PyString("k"), new PyNumber("1"))]));
        Assert.Equal("f'{a if c else b} {({\"k\": 1})}'", text);
    }

    [SkippableFact]
    public void Print_QuotesAndBraces_RunAsTheSameText()
    {
        Skip.IfNot(ExternalProgram.Exists("python3"), "python3 is not installed");
        var expression = Print(new PyString("{'\"} "), new PyBinary(new PyNumber("1"), PyBinaryOperator.Add, new PyNumber("2")), new PyString(" \\ "), new PySubscript(new PyDict([new PyDictEntry(new PyString("k"), new PyString("v"))]), new PyString("k")));

        var printed = ExternalProgram.Python($"print({expression})");

        Assert.Equal("{'\"} 3 \\ v\n", printed);
    }
}
