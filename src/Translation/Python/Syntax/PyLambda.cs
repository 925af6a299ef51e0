namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>lambda a, b: body</c>.</summary>
public sealed record PyLambda(IReadOnlyList<string> Parameters, PyExpression Body) : PyExpression;
