namespace CodeIntel.Parsing.TreeSitter;

/// <summary>A zero-based line and a zero-based column counted in UTF-8 bytes, as tree-sitter reports them.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line + 1}:{Column + 1}";
}
