namespace CodeIntel.Translation.Experts.JavaScript;

/// <summary>What the lowering knows of a JavaScript value; Python spells the same source operation differently by kind.</summary>
internal enum JsKind
{
    Unknown,
    Int,
    Float,
    String,
    Bool,
    Null,
    Array,
    Object,
    Map,
    Set,
    OrderedSet,
    Instance,
    Function,

    /// <summary>A regular expression object (<c>re.compile</c>, or <c>JsRegExp</c> when its class names a g or y flag).</summary>
    Regex,

    /// <summary>An iterator: what a generator function returns; <c>next()</c> gives <c>{ value, done }</c>.</summary>
    Iterator,

    /// <summary>Sometimes a string, sometimes not (a variable or conditional that joins both): + must test at run time.</summary>
    MaybeString,
}
