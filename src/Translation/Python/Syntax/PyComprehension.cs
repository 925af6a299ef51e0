namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>[element for target in iterable if condition]</c>, or a generator expression when <paramref name="Generator"/> is set.</summary>
public sealed record PyComprehension(PyExpression Element, PyExpression Target, PyExpression Iterable, PyExpression? Condition = null, bool Generator = false) : PyExpression;
