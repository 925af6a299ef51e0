namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>(a, b)</c>; a one-item tuple prints with its trailing comma.</summary>
public sealed record PyTuple(IReadOnlyList<PyExpression> Items) : PyExpression;
