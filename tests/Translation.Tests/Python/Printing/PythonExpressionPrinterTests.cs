using CodeIntel.Translation.Python.Printing;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Tests.Python.Printing;

public sealed class PythonExpressionPrinterTests
{
    private static readonly PyName A = new("a");
    private static readonly PyName B = new("b");
    private static readonly PyName C = new("c");

    [Fact]
    public void Print_LeftNestedSubtraction_NeedsNoParentheses() =>
        Assert.Equal("a - b - c", PythonExpressionPrinter.Print(new PyBinary(new PyBinary(A, PyBinaryOperator.Subtract, B), PyBinaryOperator.Subtract, C)));

    [Fact]
    public void Print_RightNestedSubtraction_KeepsParentheses() =>
        Assert.Equal("a - (b - c)", PythonExpressionPrinter.Print(new PyBinary(A, PyBinaryOperator.Subtract, new PyBinary(B, PyBinaryOperator.Subtract, C))));

    [Fact]
    public void Print_SumTimesName_ParenthesizesTheSum() =>
        Assert.Equal("(a + b) * c", PythonExpressionPrinter.Print(new PyBinary(new PyBinary(A, PyBinaryOperator.Add, B), PyBinaryOperator.Multiply, C)));

    [Fact]
    public void Print_ComparisonOfComparisons_NeverChains() =>
        Assert.Equal("(a < b) == c", PythonExpressionPrinter.Print(new PyCompare(new PyCompare(A, PyCompareOperator.Less, B), PyCompareOperator.Equal, C)));

    [Fact]
    public void Print_NegatedBase_ParenthesizedUnderPower() =>
        Assert.Equal("(-a) ** 2", PythonExpressionPrinter.Print(new PyBinary(new PyUnary(PyUnaryOperator.Negate, A), PyBinaryOperator.Power, new PyNumber("2"))));

    [Fact]
    public void Print_OrInsideAnd_KeepsParentheses() =>
        Assert.Equal("(a or b) and c", PythonExpressionPrinter.Print(new PyBoolean(new PyBoolean(A, PyBooleanOperator.Or, B), PyBooleanOperator.And, C)));

    [Fact]
    public void Print_NotOfComparison_NeedsNoParentheses() =>
        Assert.Equal("not a < b", PythonExpressionPrinter.Print(new PyUnary(PyUnaryOperator.Not, new PyCompare(A, PyCompareOperator.Less, B))));

    [Fact]
    public void Print_ConditionalAsOperand_IsParenthesized() =>
        Assert.Equal("(a if b else c) + 1", PythonExpressionPrinter.Print(new PyBinary(new PyConditional(B, A, C), PyBinaryOperator.Add, new PyNumber("1"))));

    [Fact]
    public void Print_Walrus_AlwaysParenthesized() =>
        Assert.Equal("(a := a + 1) - 1", PythonExpressionPrinter.Print(new PyBinary(new PyNamedExpression("a", new PyBinary(A, PyBinaryOperator.Add, new PyNumber("1"))), PyBinaryOperator.Subtract, new PyNumber("1"))));

    [Fact]
    public void Print_CallOnSum_ParenthesizesTheReceiver() =>
        Assert.Equal("(a + b).bit_length()", PythonExpressionPrinter.Print(PyCall.Method(new PyBinary(A, PyBinaryOperator.Add, B), "bit_length")));

    [Fact]
    public void Print_SingleItemTupleAndEmptySet_UsePythonSpelling()
    {
        Assert.Equal("(a,)", PythonExpressionPrinter.Print(new PyTuple([A])));
        Assert.Equal("set()", PythonExpressionPrinter.Print(new PySet([])));
    }

    [Theory]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("a\\b\n", "\"a\\\\b\\n\"")]
    public void Quote_SpecialCharacters_AreEscaped(string value, string expected) =>
        Assert.Equal(expected, PythonExpressionPrinter.Quote(value));
}
