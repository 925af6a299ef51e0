namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>[a, b]</c>.</summary>
public sealed record PyList(IReadOnlyList<PyExpression> Items) : PyExpression;
