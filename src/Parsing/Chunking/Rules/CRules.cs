using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>C: functions, and structs, unions and enums that have a body.</summary>
internal class CRules : TreeSitterChunkRules
{
    public override Grammar Grammar => Grammar.C;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName) => node.Type switch
    {
        "function_definition" => ChunkKind.Function,
        "struct_specifier" or "union_specifier" when node.ChildByField("body") is not null => ChunkKind.Struct,
        "enum_specifier" when node.ChildByField("body") is not null => ChunkKind.Enum,
        _ => null,
    };

    /// <summary><c>typedef struct { ... } Name;</c> is one unit, named by the typedef.</summary>
    public override SyntaxNode? Unwrap(SyntaxNode node) =>
        node.Type == "type_definition" && node.ChildByField("type") is { } type && type.ChildByField("body") is not null ? type : null;

    public override string NameOf(SyntaxNode node)
    {
        if (node.Type == "function_definition")
        {
            return FunctionName(node) ?? "<anonymous>";
        }
        if (node.ChildByField("name") is { } name)
        {
            return name.Text;
        }
        // typedef struct { ... } Name;
        return node.Parent is { Type: "type_definition" } parent && parent.ChildByField("declarator") is { } declarator
            ? declarator.Text
            : "<anonymous>";
    }

    /// <summary>Follows <c>declarator</c> fields (pointers, references) down to the function declarator's name.</summary>
    protected static string? FunctionName(SyntaxNode node)
    {
        var current = node.ChildByField("declarator");
        for (var depth = 0; current is { } d && depth < 16; depth++)
        {
            if (d.Type == "function_declarator")
            {
                return d.ChildByField("declarator")?.Text;
            }
            current = d.ChildByField("declarator");
        }
        return null;
    }
}
