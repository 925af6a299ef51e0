namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>not x</c>, <c>-x</c>, <c>+x</c>, <c>~x</c>.</summary>
public sealed record PyUnary(PyUnaryOperator Operator, PyExpression Operand) : PyExpression
{
    /// <summary>
    /// The negation of a condition, folded where that is exact for every value: <c>not not x</c> is <c>x</c>, and
    /// <c>==</c>, <c>is</c>, <c>in</c> flip to their opposites. Orderings are not flipped (<c>not a &lt; b</c> is not
    /// <c>a &gt;= b</c> when either is NaN).
    /// </summary>
    public static PyExpression Not(PyExpression condition) => condition switch
    {
        PyUnary { Operator: PyUnaryOperator.Not } u => u.Operand,
        PyCompare { Operator: PyCompareOperator.Equal } c => c with { Operator = PyCompareOperator.NotEqual },
        PyCompare { Operator: PyCompareOperator.NotEqual } c => c with { Operator = PyCompareOperator.Equal },
        PyCompare { Operator: PyCompareOperator.Is } c => c with { Operator = PyCompareOperator.IsNot },
        PyCompare { Operator: PyCompareOperator.IsNot } c => c with { Operator = PyCompareOperator.Is },
        PyCompare { Operator: PyCompareOperator.In } c => c with { Operator = PyCompareOperator.NotIn },
        PyCompare { Operator: PyCompareOperator.NotIn } c => c with { Operator = PyCompareOperator.In },
        _ => new PyUnary(PyUnaryOperator.Not, condition),
    };
}
