namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>while test: body</c>.</summary>
public sealed record PyWhile(PyExpression Test, IReadOnlyList<PyStatement> Body) : PyStatement;
