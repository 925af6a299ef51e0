namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>{k: v}</c>.</summary>
public sealed record PyDict(IReadOnlyList<PyDictEntry> Entries) : PyExpression;
