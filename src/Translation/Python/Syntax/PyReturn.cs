namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>return value</c>.</summary>
public sealed record PyReturn(PyExpression? Value = null) : PyStatement;
