namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A parameter, with an optional default.</summary>
public sealed record PyParameter(string Name, PyExpression? Default = null);
