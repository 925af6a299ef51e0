using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>
/// JavaScript, TypeScript and TSX: functions, classes, methods, interfaces, enums, namespaces, and
/// variables, fields and assignments whose value is a function or class (<c>const f = () =&gt; ...</c>).
/// </summary>
internal sealed class JavaScriptRules(Grammar grammar) : TreeSitterChunkRules
{
    public override Grammar Grammar => grammar;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName) => node.Type switch
    {
        "function_declaration" or "generator_function_declaration" => ChunkKind.Function,
        "class_declaration" or "abstract_class_declaration" => ChunkKind.Class,
        "interface_declaration" => ChunkKind.Interface,
        "enum_declaration" => ChunkKind.Enum,
        "method_definition" => NameOf(node) == "constructor" ? ChunkKind.Constructor : ChunkKind.Method,
        "variable_declarator" or "assignment_expression" or "public_field_definition" or "field_definition" =>
            FunctionValue(node) is { } value
                ? value.Type == "class" ? ChunkKind.Class : container is null ? ChunkKind.Function : ChunkKind.Method
                : null,
        _ => null,
    };

    public override string NameOf(SyntaxNode node) => node.Type switch
    {
        "assignment_expression" => node.ChildByField("left")?.Text ?? "<anonymous>",
        "field_definition" => node.ChildByField("property")?.Text ?? "<anonymous>",
        "class" or "function_expression" when node.ChildByField("name") is null => "<anonymous>",
        _ => base.NameOf(node),
    };

    public override SyntaxNode? MembersOf(SyntaxNode node) =>
        FunctionValue(node) is { } value ? value.ChildByField("body") : base.MembersOf(node);

    public override int BodyStart(SyntaxNode node) =>
        (FunctionValue(node) is { } value ? value.ChildByField("body") : node.ChildByField("body"))?.StartByte ?? -1;

    public override string? ScopedNamespace(SyntaxNode node) =>
        node.Type is "internal_module" or "module" ? Dotted(node.ChildByField("name")?.Text.Trim('"', '\'') ?? "<anonymous>") : null;

    public override SyntaxNode? Unwrap(SyntaxNode node)
    {
        switch (node.Type)
        {
            case "export_statement":
                return node.ChildByField("declaration") ?? node.ChildByField("value");
            case "lexical_declaration" or "variable_declaration":
                var declarators = node.NamedChildren.Where(c => c.Type == "variable_declarator").ToList();
                return declarators.Count == 1 && FunctionValue(declarators[0]) is not null ? declarators[0] : null;
            case "expression_statement":
                var expression = node.NamedChild(0);
                return expression is { Type: "assignment_expression" } e && FunctionValue(e) is not null ? e : null;
            case "ambient_declaration":
                return node.NamedChildren.FirstOrDefault(c => c.Type != "comment") is { IsNull: false } inner ? inner : null;
            default:
                return null;
        }
    }

    /// <summary>The function or class a declarator, field or assignment holds, or null.</summary>
    private static SyntaxNode? FunctionValue(SyntaxNode node)
    {
        var value = node.Type switch
        {
            "variable_declarator" or "public_field_definition" or "field_definition" => node.ChildByField("value"),
            "assignment_expression" => node.ChildByField("right"),
            _ => null,
        };
        return value is { } v && v.Type is "arrow_function" or "function_expression" or "function" or "generator_function" or "class"
            ? v
            : null;
    }
}
