namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A <c>key: value</c> entry of a dict display.</summary>
public sealed record PyDictEntry(PyExpression Key, PyExpression Value);
