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
}
