namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>if test: body else: orElse</c>; an else holding only an if prints as <c>elif</c>.</summary>
public sealed record PyIf(PyExpression Test, IReadOnlyList<PyStatement> Body, IReadOnlyList<PyStatement> OrElse) : PyStatement;
