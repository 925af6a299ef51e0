namespace CodeIntel.Translation.Python.Syntax;

/// <summary>Comparison operators.</summary>
public enum PyCompareOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Is,
    IsNot,
    In,
    NotIn,
}
