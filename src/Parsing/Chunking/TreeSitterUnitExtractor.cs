using CodeIntel.Parsing.Chunking.Rules;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Chunking;

/// <summary>
/// Finds the units of a tree-sitter tree by a grammar's <see cref="TreeSitterChunkRules"/>. Function bodies are
/// not searched (nested functions and lambdas stay in their function's chunk); container bodies are, and so are
/// other statements up to a small depth (functions inside <c>#ifdef</c>, <c>export</c>, <c>if __name__</c>).
/// </summary>
internal sealed class TreeSitterUnitExtractor(TreeSitterChunkRules rules)
{
    private const int MaxSearchDepth = 6;   // levels of non-unit syntax searched for units below a scope
    private const int MaxUnitDepth = 32;    // nesting of containers; deeper ones stay in their parent's outline

    public List<CodeUnit> Extract(SyntaxTree tree, CancellationToken cancellationToken) =>
        Collect(tree.Root, [], null, null, 0, 0, cancellationToken);

    private List<CodeUnit> Collect(
        SyntaxNode scope, List<string> path, ChunkKind? container, string? containerName, int unitDepth, int searchDepth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var units = new List<CodeUnit>();
        var scopePath = path;
        SyntaxNode? lastComment = null;
        int commentStart = -1;
        foreach (var child in scope.Children)
        {
            if (rules.IsComment(child))
            {
                var adjacent = lastComment is { } previous && child.Start.Line <= previous.End.Line + 1;
                commentStart = adjacent ? commentStart : child.StartByte;
                lastComment = child;
                continue;
            }
            var attachedStart = lastComment is { } comment && child.Start.Line <= comment.End.Line + 1 ? commentStart : -1;
            lastComment = null;

            if (rules.StatementNamespace(child) is { } fileNamespace)
            {
                scopePath = [.. path, .. Split(fileNamespace)];
                continue;
            }
            if (rules.ScopedNamespace(child) is { } name)
            {
                var body = child.ChildByField("body") ?? child;
                units.AddRange(Collect(body, [.. scopePath, .. Split(name)], container, containerName, unitDepth, 0, cancellationToken));
                continue;
            }

            var declaration = child;
            for (var i = 0; i < 4 && rules.Unwrap(declaration) is { } inner; i++)
            {
                declaration = inner;
            }
            // Members without a body (declarations, abstract and interface methods) stay in their container's outline.
            if (unitDepth < MaxUnitDepth && rules.UnitKind(declaration, container, containerName) is { } kind &&
                (kind.IsContainer() || rules.BodyStart(declaration) >= 0))
            {
                units.Add(CreateUnit(child, declaration, kind, attachedStart, scopePath, unitDepth, cancellationToken));
            }
            else if (searchDepth < MaxSearchDepth && child.NamedChildCount > 0)
            {
                units.AddRange(Collect(child, scopePath, container, containerName, unitDepth, searchDepth + 1, cancellationToken));
            }
        }
        return units;
    }

    private CodeUnit CreateUnit(
        SyntaxNode outer, SyntaxNode declaration, ChunkKind kind, int attachedStart, List<string> path, int unitDepth, CancellationToken cancellationToken)
    {
        var name = rules.NameOf(declaration);
        List<string> symbol = [.. path, .. Split(name)];
        var members = new List<CodeUnit>();
        if (kind.IsContainer() && rules.MembersOf(declaration) is { } body)
        {
            members = Collect(body, symbol, kind, symbol[^1], unitDepth + 1, 0, cancellationToken);
        }
        var start = attachedStart >= 0 ? attachedStart : outer.StartByte;
        var simpleName = symbol.Count > 0 ? symbol[^1] : name;
        return new CodeUnit(kind, simpleName, string.Join('.', symbol), start, outer.EndByte, rules.BodyStart(declaration), new TreeSitterRegion(outer), members);
    }

    private static string[] Split(string dotted) =>
        dotted.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
