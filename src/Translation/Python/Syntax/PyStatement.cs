namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A Python statement of the syntax model.</summary>
public abstract record PyStatement;
