namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>
/// A C-family type reduced to what decides the Python translation: its kind, the element type of containers
/// (the value type for maps), whether a map defaults missing keys (C++ <c>operator[]</c>) and whether a
/// container keeps its keys sorted (C++ <c>set</c>/<c>map</c>), the container's source name (<c>Stack</c>,
/// <c>Queue</c>), and whether an int is unsigned (then never negative).
/// </summary>
internal sealed record CType(CKind Kind, CType? Element = null, CType? Key = null, string? Name = null, bool Unsigned = false, bool Sorted = false)
{
    /// <summary>
    /// What <c>get</c> returns for a missing key, for a Java map whose anonymous subclass overrides <c>get</c>
    /// that way (<see cref="CLowering"/>, JavaAnonymousMaps); null for every other type.
    /// </summary>
    public Python.Syntax.PyExpression? MissingValue { get; init; }

    /// <summary>
    /// The width of a primitive number as declared (byte 1, short 2, int 3, long 4, float 5, double 6), which
    /// picks between overloads such as <c>f(int)</c> and <c>f(long)</c>; null when not known.
    /// </summary>
    public int? Width { get; init; }

    /// <summary>
    /// For a heap kept in a comparator's order (Java's <c>new PriorityQueue&lt;&gt;(comparator)</c>): the key function,
    /// <c>cmp_to_key(comparator)</c>, that wraps each element pushed (its <c>.obj</c> reads it back); null otherwise.
    /// </summary>
    public Python.Syntax.PyExpression? Order { get; init; }

    /// <summary>
    /// Declared as a Java wrapper (<c>Integer</c>, <c>Character</c>, …), not a primitive: <c>list.remove(x)</c> then
    /// removes the value x rather than the element at index x.
    /// </summary>
    public bool Boxed { get; init; }

    public static readonly CType Unknown = new(CKind.Unknown);
    public static readonly CType Void = new(CKind.Void);
    public static readonly CType Bool = new(CKind.Bool);
    public static readonly CType Int = new(CKind.Int);
    public static readonly CType Float = new(CKind.Float);
    public static readonly CType Char = new(CKind.Char);
    public static readonly CType String = new(CKind.String);

    public static CType ListOf(CType element, string? name = null) => new(CKind.List, element, Name: name);

    /// <summary>Int, char or bool: the kinds C-family arithmetic treats as integers.</summary>
    public bool IsIntegral => Kind is CKind.Int or CKind.Char or CKind.Bool;

    public bool IsNumeric => Kind is CKind.Int or CKind.Float or CKind.Bool;

    public bool IsStringLike => Kind is CKind.String or CKind.StringBuilder;

    /// <summary>The element type, or unknown.</summary>
    public CType ElementType => Element ?? Unknown;
}
