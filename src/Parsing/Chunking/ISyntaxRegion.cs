namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// A syntax node as the splitter sees it: a byte span and its children. The seam between the chunking
/// algorithm and the two parsers it runs on (tree-sitter for most languages, Roslyn for C#).
/// </summary>
internal interface ISyntaxRegion
{
    int StartByte { get; }

    int EndByte { get; }

    IReadOnlyList<ISyntaxRegion> Children { get; }
}
