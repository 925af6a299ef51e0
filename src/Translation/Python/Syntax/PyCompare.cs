namespace CodeIntel.Translation.Python.Syntax;

/// <summary>One comparison <c>left op right</c>. Chains are not modelled: C-family sources never mean them.</summary>
public sealed record PyCompare(PyExpression Left, PyCompareOperator Operator, PyExpression Right) : PyExpression;
