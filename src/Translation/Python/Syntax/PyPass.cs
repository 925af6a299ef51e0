namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>pass</c>.</summary>
public sealed record PyPass : PyStatement;
