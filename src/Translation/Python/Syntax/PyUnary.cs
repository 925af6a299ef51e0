namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>not x</c>, <c>-x</c>, <c>+x</c>, <c>~x</c>.</summary>
public sealed record PyUnary(PyUnaryOperator Operator, PyExpression Operand) : PyExpression;
