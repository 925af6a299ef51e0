namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A keyword argument <c>name=value</c> of a call.</summary>
public sealed record PyKeyword(string Name, PyExpression Value);
