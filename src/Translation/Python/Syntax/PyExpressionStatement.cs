namespace CodeIntel.Translation.Python.Syntax;

/// <summary>An expression evaluated for its effect (a call).</summary>
public sealed record PyExpressionStatement(PyExpression Expression) : PyStatement;
