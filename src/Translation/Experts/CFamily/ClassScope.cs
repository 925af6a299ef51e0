namespace CodeIntel.Translation.Experts.CFamily;

/// <summary>A class kept as a Python class: its name, its fields (static or not) and methods, to resolve bare names to <c>self.x</c> or <c>Class.x</c>.</summary>
internal sealed class ClassScope(string name)
{
    public string Name { get; } = name;

    public Dictionary<string, (CType Type, bool Static)> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, bool> Methods { get; } = new(StringComparer.Ordinal);

    /// <summary>Parameter counts of the constructors kept as <c>_init_N</c> (several, each count once).</summary>
    public HashSet<int> ConstructorCounts { get; } = [];

    /// <summary>Whether the method being lowered is static (no <c>self</c>).</summary>
    public bool InStaticMethod { get; set; }
}
