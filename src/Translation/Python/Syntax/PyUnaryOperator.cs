namespace CodeIntel.Translation.Python.Syntax;

/// <summary>Unary operators.</summary>
public enum PyUnaryOperator
{
    Not,
    Negate,
    Plus,
    Invert,
}
