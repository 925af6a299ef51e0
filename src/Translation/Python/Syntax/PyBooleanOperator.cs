namespace CodeIntel.Translation.Python.Syntax;

/// <summary><c>and</c> / <c>or</c>.</summary>
public enum PyBooleanOperator
{
    And,
    Or,
}
