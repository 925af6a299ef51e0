using CodeIntel.Parsing.Text;
using Microsoft.CodeAnalysis;

namespace CodeIntel.Parsing.Chunking;

/// <summary>A Roslyn node seen as an <see cref="ISyntaxRegion"/>, with its char offsets mapped to UTF-8 bytes.</summary>
internal sealed class RoslynRegion(SyntaxNode node, SourceText source) : ISyntaxRegion
{
    public int StartByte { get; } = source.CharToByte(node.Span.Start);

    public int EndByte { get; } = source.CharToByte(node.Span.End);

    public IReadOnlyList<ISyntaxRegion> Children =>
        node.ChildNodes().Select(c => (ISyntaxRegion)new RoslynRegion(c, source)).ToList();
}
