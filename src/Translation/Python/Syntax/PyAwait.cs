namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>await value</c>, inside an <c>async def</c>.</summary>
public sealed record PyAwait(PyExpression Value) : PyExpression;
