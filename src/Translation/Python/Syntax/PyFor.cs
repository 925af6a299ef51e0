namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>for target in iterable: body</c>.</summary>
public sealed record PyFor(PyExpression Target, PyExpression Iterable, IReadOnlyList<PyStatement> Body) : PyStatement;
