using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking.Rules;

/// <summary>
/// What one grammar's nodes mean to the chunker: which declare units, which open namespaces, which wrap a
/// declaration (decorators, <c>export</c>, <c>template</c>), and how to read names and bodies.
/// </summary>
internal abstract class TreeSitterChunkRules
{
    public abstract Grammar Grammar { get; }

    /// <summary>The unit <paramref name="node"/> declares, or null. <paramref name="container"/> is the enclosing unit's kind.</summary>
    public abstract ChunkKind? UnitKind(SyntaxNode node, ChunkKind? container, string? containerName);

    /// <summary>The name of the namespace a node opens around its children, or null when it opens none.</summary>
    public virtual string? ScopedNamespace(SyntaxNode node) => null;

    /// <summary>The name of a namespace that a statement opens for the rest of the file (<c>package a.b;</c>), or null.</summary>
    public virtual string? StatementNamespace(SyntaxNode node) => null;

    /// <summary>The declaration a wrapper node carries (decorated definition, export, template), or null.</summary>
    public virtual SyntaxNode? Unwrap(SyntaxNode node) => null;

    public virtual string NameOf(SyntaxNode node) => node.ChildByField("name")?.Text ?? "<anonymous>";

    /// <summary>The node whose children are a container's members.</summary>
    public virtual SyntaxNode? MembersOf(SyntaxNode node) => node.ChildByField("body");

    /// <summary>Where a unit's body starts, for eliding it from its container's outline; -1 when it has none.</summary>
    public virtual int BodyStart(SyntaxNode node) => node.ChildByField("body")?.StartByte ?? -1;

    public virtual bool IsComment(SyntaxNode node) => node.Type is "comment" or "line_comment" or "block_comment";

    /// <summary>The name a scoped namespace node contributes, with <c>::</c> and <c>\</c> separators turned into dots.</summary>
    protected static string Dotted(string name) => name.Replace("::", ".", StringComparison.Ordinal).Replace('\\', '.').Trim('.');

    public static TreeSitterChunkRules For(Grammar grammar) => grammar switch
    {
        Grammar.C => new CRules(),
        Grammar.Cpp => new CppRules(),
        Grammar.Java => new JavaRules(),
        Grammar.JavaScript or Grammar.TypeScript or Grammar.Tsx => new JavaScriptRules(grammar),
        Grammar.Php => new PhpRules(),
        Grammar.Python => new PythonRules(),
        Grammar.CSharp => throw new ArgumentException("C# is chunked through Roslyn.", nameof(grammar)),
        _ => throw new ArgumentException($"No chunking rules for {grammar}.", nameof(grammar)),
    };
}
