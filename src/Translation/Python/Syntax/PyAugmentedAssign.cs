namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>target op= value</c>.</summary>
public sealed record PyAugmentedAssign(PyExpression Target, PyBinaryOperator Operator, PyExpression Value) : PyStatement;
