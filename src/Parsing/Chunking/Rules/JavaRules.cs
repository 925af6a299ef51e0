using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>Java: types, methods and constructors, under the file's package.</summary>
internal sealed class JavaRules : TreeSitterChunkRules
{
    public override Grammar Grammar => Grammar.Java;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName) => node.Type switch
    {
        "class_declaration" => ChunkKind.Class,
        "interface_declaration" or "annotation_type_declaration" => ChunkKind.Interface,
        "enum_declaration" => ChunkKind.Enum,
        "record_declaration" => ChunkKind.Record,
        "method_declaration" => ChunkKind.Method,
        "constructor_declaration" or "compact_constructor_declaration" => ChunkKind.Constructor,
        _ => null,
    };

    public override string? StatementNamespace(SyntaxNode node) =>
        node.Type == "package_declaration" && node.NamedChildren.FirstOrDefault(c => c.Type is "scoped_identifier" or "identifier") is { IsNull: false } name
            ? name.Text
            : null;
}
