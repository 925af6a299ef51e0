namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A string literal holding <paramref name="Value"/>; the printer quotes and escapes it.</summary>
public sealed record PyString(string Value) : PyExpression;
