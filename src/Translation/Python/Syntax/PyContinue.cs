namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>continue</c>.</summary>
public sealed record PyContinue : PyStatement;
