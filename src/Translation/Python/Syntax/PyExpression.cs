namespace CodeIntel.Translation.Python.Syntax;

/// <summary>A Python expression of the syntax model. The printer decides parentheses from precedence.</summary>
public abstract record PyExpression;
