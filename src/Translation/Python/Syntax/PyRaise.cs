namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>raise exception</c>, or a bare re-raise.</summary>
public sealed record PyRaise(PyExpression? Exception = null) : PyStatement;
