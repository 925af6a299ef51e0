using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking;

/// <summary>A tree-sitter node seen as an <see cref="ISyntaxRegion"/>.</summary>
internal sealed class TreeSitterRegion(SyntaxNode node) : ISyntaxRegion
{
    public int StartByte { get; } = node.StartByte;

    public int EndByte { get; } = node.EndByte;

    public IReadOnlyList<ISyntaxRegion> Children => node.Children.Select(c => (ISyntaxRegion)new TreeSitterRegion(c)).ToList();
}
