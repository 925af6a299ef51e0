namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>What the lowering needs to know of a C-family type to pick Python semantics.</summary>
internal enum CKind
{
    Unknown,
    Void,
    Bool,
    Int,
    Float,
    Char,
    String,
    /// <summary>Java StringBuilder / StringBuffer: a mutable string, kept as a Python str reassigned in place.</summary>
    StringBuilder,
    /// <summary>Arrays, vectors, lists, stacks, queues and deques: Python lists.</summary>
    List,
    Map,
    Set,
    Pair,
    Object,
}
