namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>break</c>.</summary>
public sealed record PyBreak : PyStatement;
