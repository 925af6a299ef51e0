using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>PHP (with inline HTML): functions, classes, interfaces, traits, enums and methods, under namespaces.</summary>
internal sealed class PhpRules : TreeSitterChunkRules
{
    public override Grammar Grammar => Grammar.Php;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName) => node.Type switch
    {
        "function_definition" => ChunkKind.Function,
        "class_declaration" => ChunkKind.Class,
        "interface_declaration" => ChunkKind.Interface,
        "trait_declaration" => ChunkKind.Trait,
        "enum_declaration" => ChunkKind.Enum,
        "method_declaration" => NameOf(node).Equals("__construct", StringComparison.OrdinalIgnoreCase) ? ChunkKind.Constructor : ChunkKind.Method,
        _ => null,
    };

    public override string? ScopedNamespace(SyntaxNode node) =>
        node.Type == "namespace_definition" && node.ChildByField("body") is not null ? Dotted(node.ChildByField("name")?.Text ?? string.Empty) : null;

    public override string? StatementNamespace(SyntaxNode node) =>
        node.Type == "namespace_definition" && node.ChildByField("body") is null ? Dotted(node.ChildByField("name")?.Text ?? string.Empty) : null;
}
