namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>class Name(bases): body</c>.</summary>
public sealed record PyClassDef(string Name, IReadOnlyList<PyExpression> Bases, IReadOnlyList<PyStatement> Body) : PyStatement;
