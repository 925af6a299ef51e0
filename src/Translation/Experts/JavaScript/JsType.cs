namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>
/// A value's kind, with the element kind of arrays and the class of instances where known. JavaScript numbers
/// are all doubles; <see cref="JsKind.Int"/> marks those the translation keeps as Python ints because every
/// operation that made them (literals, +, -, *, floor, length) keeps them integral.
/// </summary>
internal sealed record JsType(JsKind Kind, JsType? Element = null, string? Class = null)
{
    public static readonly JsType Unknown = new(JsKind.Unknown);
    public static readonly JsType Int = new(JsKind.Int);
    public static readonly JsType Float = new(JsKind.Float);
    public static readonly JsType String = new(JsKind.String);
    public static readonly JsType Bool = new(JsKind.Bool);
    public static readonly JsType Null = new(JsKind.Null);
    public static readonly JsType Object = new(JsKind.Object);
    public static readonly JsType Map = new(JsKind.Map);
    public static readonly JsType Set = new(JsKind.Set);
    public static readonly JsType OrderedSet = new(JsKind.OrderedSet);
    public static readonly JsType Function = new(JsKind.Function);
    public static readonly JsType MaybeString = new(JsKind.MaybeString);
    public static readonly JsType Iterator = new(JsKind.Iterator);

    /// <summary>A match array (<c>JsMatch</c>): the match and its groups, with the position as <c>.position</c>.</summary>
    public static readonly JsType MatchArray = new(JsKind.Array, String, "Match");

    public static JsType ArrayOf(JsType? element) => new(JsKind.Array, element ?? Unknown);

    /// <summary>A rest parameter or rest element (<c>...args</c>): an array whose length the program does not fix.</summary>
    public static JsType RestOf(JsType? element) => new(JsKind.Array, element ?? Unknown, "Rest");

    /// <summary>A regex; its class keeps the flags that give it state (g, y), null when it has none.</summary>
    public static JsType RegexOf(string flags) => new(JsKind.Regex, Class: string.Concat(flags.Where(f => f is 'g' or 'y')) is { Length: > 0 } state ? state : null);

    public static JsType InstanceOf(string name) => new(JsKind.Instance, Class: name);

    public bool IsNumber => Kind is JsKind.Int or JsKind.Float;

    /// <summary>Whether Python prints the value as JavaScript would (ints and strings), so no formatting helper is needed.</summary>
    public bool PrintsAsIs => Kind is JsKind.Int or JsKind.String;

    /// <summary>Objects, arrays, maps and sets are truthy even when empty in JavaScript, unlike Python.</summary>
    public bool IsContainer => Kind is JsKind.Array or JsKind.Object or JsKind.Map or JsKind.Set or JsKind.OrderedSet or JsKind.Instance;

    /// <summary>The least kind that covers both: a variable assigned an int and a float is a float.</summary>
    public static JsType Join(JsType? a, JsType b)
    {
        if (a is null || a == b || a.Kind == JsKind.Null)
        {
            return b;
        }
        if (b.Kind == JsKind.Null)
        {
            return a;
        }
        if (a.IsNumber && b.IsNumber)
        {
            return Float;
        }
        if (a.Kind is JsKind.String or JsKind.MaybeString || b.Kind is JsKind.String or JsKind.MaybeString)
        {
            return MaybeString;
        }
        if (a.Kind == b.Kind && a.Kind == JsKind.Array)
        {
            return ArrayOf(Join(a.Element, b.Element ?? Unknown));
        }
        return a.Kind == b.Kind ? new JsType(a.Kind) : Unknown;
    }
}
