using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// CodeBLEU's syntax (AST) match: the share of the reference's subtrees (every node with children, as an
/// S-expression) that also occur anywhere in the hypothesis' tree, summed over the corpus.
/// </summary>
internal static class SyntaxMatch
{
    public static (int Matched, int Total) Count(TreeSitterParser parser, string reference, string hypothesis, CancellationToken cancellationToken = default)
    {
        using var referenceTree = parser.Parse(SourceText.FromString(CommentRemover.RemoveCFamily(reference)), cancellationToken);
        using var hypothesisTree = parser.Parse(SourceText.FromString(CommentRemover.RemoveCFamily(hypothesis)), cancellationToken);
        var candidate = new HashSet<string>(Subtrees(hypothesisTree.Root), StringComparer.Ordinal);
        var total = 0;
        var matched = 0;
        foreach (var subtree in Subtrees(referenceTree.Root))
        {
            total++;
            matched += candidate.Contains(subtree) ? 1 : 0;
        }
        return (matched, total);
    }

    private static IEnumerable<string> Subtrees(SyntaxNode root)
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return SExpression.Of(node);
            foreach (var child in node.Children)
            {
                if (child.ChildCount != 0)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
