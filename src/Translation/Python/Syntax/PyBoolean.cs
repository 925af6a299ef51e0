namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>left and right</c> or <c>left or right</c>.</summary>
public sealed record PyBoolean(PyExpression Left, PyBooleanOperator Operator, PyExpression Right) : PyExpression;
