namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>yield value</c> (or a bare <c>yield</c>): makes the enclosing function a generator. Printed as a statement.</summary>
public sealed record PyYield(PyExpression? Value) : PyExpression;
