namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>except Type as name: body</c>; a null type catches everything (<c>except Exception</c>).</summary>
public sealed record PyExceptHandler(PyExpression? Type, string? Name, IReadOnlyList<PyStatement> Body);
