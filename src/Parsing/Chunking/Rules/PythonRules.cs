using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>Python: classes, functions and methods (<c>__init__</c> as constructor), decorators included.</summary>
internal sealed class PythonRules : TreeSitterChunkRules
{
    public override Grammar Grammar => Grammar.Python;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName) => node.Type switch
    {
        "class_definition" => ChunkKind.Class,
        "function_definition" when container is null => ChunkKind.Function,
        "function_definition" => NameOf(node) == "__init__" ? ChunkKind.Constructor : ChunkKind.Method,
        _ => null,
    };

    public override SyntaxNode? Unwrap(SyntaxNode node) =>
        node.Type == "decorated_definition" ? node.ChildByField("definition") : null;

    /// <summary>The body of a Python unit starts at the colon that ends its header line.</summary>
    public override int BodyStart(SyntaxNode node)
    {
        var body = node.ChildByField("body");
        if (body is null)
        {
            return -1;
        }
        var colon = node.Children.LastOrDefault(c => c.Type == ":" && c.EndByte <= body.Value.StartByte);
        return colon.IsNull ? body.Value.StartByte : colon.StartByte;
    }
}
