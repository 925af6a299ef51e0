namespace CodeIntel.Translation.Experts.CSharp;

/// <summary>How a C# type is represented in Python; the lowering picks operators and methods by it.</summary>
internal enum CsKind
{
    Other,
    Int,
    Float,
    Bool,
    Char,
    String,
    StringBuilder,
    Array,
    List,
    Dictionary,
    Set,
    Queue,
    Stack,
    PriorityQueue,
    Tuple,
    Enum,
    KeyValuePair,
    Enumerable,

    /// <summary>System.DateOnly, a datetime.date.</summary>
    Date,
}
