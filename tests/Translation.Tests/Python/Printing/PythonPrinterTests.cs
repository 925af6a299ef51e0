using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Tests.Python.Printing;

public sealed class PythonPrinterTests
{
    [Fact]
    public void Print_Module_ImportsSortedAndGroupedThenTwoBlankLinesBeforeDefinitions()
    {
        var module = new PyModule(
            [new PyImport("math"), new PyImport("functools", "reduce"), new PyImport("functools", "cmp_to_key"), new PyImport("math")],
            [new PyFunctionDef("f", [new("x")], [new PyReturn(PyCall.Method(new PyName("math"), "sqrt", new PyName("x")))]),
             new PyFunctionDef("g", [], [])]);

        var text = PythonPrinter.Print(module);

        Assert.Equal("import math\nfrom functools import cmp_to_key, reduce\n\n\ndef f(x):\n    return math.sqrt(x)\n\n\ndef g():\n    pass\n", text);
    }

    [Fact]
    public void Print_ElseHoldingOnlyIf_PrintsElif()
    {
        var inner = new PyIf(new PyName("b"), [new PyReturn(new PyNumber("2"))], [new PyReturn(new PyNumber("3"))]);
        var outer = new PyIf(new PyName("a"), [new PyReturn(new PyNumber("1"))], [inner]);

        Assert.Equal("if a:\n    return 1\nelif b:\n    return 2\nelse:\n    return 3\n", PythonPrinter.Print(outer));
    }

    [Fact]
    public void Print_UntranslatedComment_CarriesTheMarker() =>
        Assert.Equal("    # UNTRANSLATED: goto end\n", PythonPrinter.Print(new PyComment("goto end", Untranslated: true), level: 1));

    [Fact]
    public void Print_CommentQuotingControlCharacters_StaysOneCommentLine()
    {
        // Comments quote source text: a lone carriage return, a form feed, NUL or U+2028 would end the comment early.
        var text = PythonPrinter.Print(new PyComment("a\rb\fc\0d\u2028e", Untranslated: true));

        Assert.Equal("# UNTRANSLATED: a b c d e\n", text);
    }

    [Fact]
    public void Print_TupleAssignment_HasNoParentheses() =>
        Assert.Equal("a, b = b, a\n", PythonPrinter.Print(new PyAssign(new PyTuple([new PyName("a"), new PyName("b")]), new PyTuple([new PyName("b"), new PyName("a")]))));
}
