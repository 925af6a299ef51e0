namespace CodeIntel.Translation.Python.Syntax;

/// <summary>An identifier: a local, a parameter, a function or a module name.</summary>
public sealed record PyName(string Id) : PyExpression;
