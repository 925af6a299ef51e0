namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>global a, b</c> or <c>nonlocal a, b</c>.</summary>
public sealed record PyScopeDeclaration(bool Nonlocal, IReadOnlyList<string> Names) : PyStatement;
