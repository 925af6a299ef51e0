namespace CodeIntel.Translation.Experts.Php;

/// <summary>
/// What the lowering knows of a PHP value's type. PHP is dynamically typed; the expert reads types from literals,
/// declarations (<c>int $n</c>), library results and assignments, and falls back to helpers where it does not know.
/// </summary>
internal enum PhpType
{
    Unknown,
    Int,
    Float,

    /// <summary>An int or a float (the result of PHP's <c>/</c>).</summary>
    Number,
    String,
    Bool,
    Null,

    /// <summary>An array whose keys are 0..n-1 (a Python list).</summary>
    List,

    /// <summary>An array with keys of its own (a Python dict, insertion-ordered like PHP arrays).</summary>
    Dict,
    Object,
}

internal static class PhpTypes
{
    public static bool IsNumeric(this PhpType t) => t is PhpType.Int or PhpType.Float or PhpType.Number;

    public static bool IsArray(this PhpType t) => t is PhpType.List or PhpType.Dict;

    /// <summary>The type of a value that is one of <paramref name="a"/> or <paramref name="b"/>.</summary>
    public static PhpType Join(PhpType a, PhpType b) => a == b ? a
        : a.IsNumeric() && b.IsNumeric() ? PhpType.Number
        : a == PhpType.Null ? b
        : b == PhpType.Null ? a
        : PhpType.Unknown;
}
