namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>left op right</c> for arithmetic and bitwise operators.</summary>
public sealed record PyBinary(PyExpression Left, PyBinaryOperator Operator, PyExpression Right) : PyExpression;
