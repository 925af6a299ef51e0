namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>{a, b}</c>; an empty one prints as <c>set()</c>.</summary>
public sealed record PySet(IReadOnlyList<PyExpression> Items) : PyExpression;
