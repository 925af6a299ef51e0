namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>body if test else orElse</c>.</summary>
public sealed record PyConditional(PyExpression Test, PyExpression Body, PyExpression OrElse) : PyExpression;
