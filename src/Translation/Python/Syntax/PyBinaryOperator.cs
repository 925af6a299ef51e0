namespace CodeIntel.Translation.Python.Syntax;

/// <summary>Arithmetic and bitwise binary operators.</summary>
public enum PyBinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    FloorDivide,
    Modulo,
    Power,
    LeftShift,
    RightShift,
    BitAnd,
    BitOr,
    BitXor,
}
