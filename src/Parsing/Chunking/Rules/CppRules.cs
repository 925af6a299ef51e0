using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>C++: C's units plus classes, methods, constructors, namespaces and templates.</summary>
internal sealed class CppRules : CRules
{
    public override Grammar Grammar => Grammar.Cpp;

    public override ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName)
    {
        switch (node.Type)
        {
            case "class_specifier" when node.ChildByField("body") is not null:
                return ChunkKind.Class;
            case "function_definition":
                var name = FunctionName(node) ?? string.Empty;
                var simple = name[(name.LastIndexOf("::", StringComparison.Ordinal) + 1)..].TrimStart(':');
                var owner = name.Contains("::", StringComparison.Ordinal)
                    ? name[..name.LastIndexOf("::", StringComparison.Ordinal)].Split("::")[^1]
                    : containerName;
                if (owner is not null && (simple == owner || simple == "~" + owner))
                {
                    return simple.StartsWith('~') ? ChunkKind.Method : ChunkKind.Constructor;
                }
                return container is not null || name.Contains("::", StringComparison.Ordinal) ? ChunkKind.Method : ChunkKind.Function;
            default:
                return base.UnitKind(node, container, containerName);
        }
    }

    public override string NameOf(SyntaxNode node) => Dotted(base.NameOf(node));

    public override string? ScopedNamespace(SyntaxNode node) =>
        node.Type == "namespace_definition" ? Dotted(node.ChildByField("name")?.Text ?? "<anonymous>") : null;

    public override SyntaxNode? Unwrap(SyntaxNode node)
    {
        if (node.Type != "template_declaration")
        {
            return base.Unwrap(node);
        }
        var named = node.NamedChildren;
        return named.Count > 0 ? named[^1] : null;
    }
}
