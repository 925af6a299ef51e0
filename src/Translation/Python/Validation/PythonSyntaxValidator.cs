using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>
/// Checks generated Python with the tree-sitter Python grammar, the same parser CodeIntel indexes Python with,
/// then with the rules python3 applies when it compiles (<see cref="PythonCompileRules"/>: what nonlocal may
/// bind, where := and return may stand, and the like). A translator calls <see cref="EnsureValid"/> before
/// returning, so that no output python3 would refuse ever reaches a user: a failure there is a bug in the
/// translator, reported loudly with the offending lines.
/// </summary>
public sealed class PythonSyntaxValidator(ParserPool parsers)
{
    /// <summary>
    /// The deepest syntax tree accepted: python3's compiler stops near 3,000 levels ("maximum recursion depth
    /// exceeded during compilation"), which a chain of a few thousand operators without brackets reaches.
    /// </summary>
    public const int MaxDepth = 3_000;

    private readonly ParserPool _parsers = parsers ?? throw new ArgumentNullException(nameof(parsers));

    /// <summary>
    /// The places where <paramref name="python"/> fails to parse, or (when it parses) where python3 would refuse
    /// to compile it, as "line L, column C: what" lines; empty when python3 would compile it.
    /// </summary>
    public IReadOnlyList<string> FindErrors(string python, CancellationToken cancellationToken = default)
    {
        var (errors, fragments) = Check(python, cancellationToken);
        return [.. errors, .. fragments.Select(f => f.Place)];
    }

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> naming every error place when python3 would refuse
    /// <paramref name="python"/>, and <see cref="TranslationUnavailableException"/> when it nests deeper than
    /// python3 compiles. Returns a warning for each place only a fragment has (<c>return</c> outside any function,
    /// <c>break</c> outside any loop): the translation of a selection cut from a body is a fragment too. Each warning
    /// points at the source statement of <paramref name="sites"/> it stands for: the n-th Python <c>return</c> at the
    /// n-th source one when both count as many, else at the first source one.
    /// </summary>
    public IReadOnlyList<TranslationWarning> EnsureValid(
        string python, string translator, IReadOnlyList<FragmentSite>? sites = null, CancellationToken cancellationToken = default)
    {
        var (errors, fragments) = Check(python, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {translator} translator produced Python that python3 would refuse ({string.Join("; ", errors)}). " +
                "This is a bug in the translator; please report it with the source that triggered it.\n" + python);
        }
        return fragments.Select((f, i) =>
        {
            var source = (sites ?? []).Where(s => s.Keyword == f.Keyword).ToList();
            var same = fragments.Count(e => e.Keyword == f.Keyword);
            var site = source.Count == 0 ? default : source.Count == same ? source[fragments.Take(i).Count(e => e.Keyword == f.Keyword)] : source[0];
            return new TranslationWarning(
                $"The Python, {f.Place}: the source is a fragment of a function or loop body, and so is its translation; it runs once placed inside one.",
                site.Start, site.End);
        }).ToArray();
    }

    private (List<string> Errors, List<(string Keyword, string Place)> Fragments) Check(string python, CancellationToken cancellationToken)
    {
        using var tree = _parsers.Parse(Grammar.Python, SourceText.FromString(python), cancellationToken);
        var parseErrors = tree.FindErrors(limit: 10);
        if (parseErrors.Count > 0)
        {
            return (parseErrors.Select(n => Place(n, n.IsMissing ? "missing " + n.Type : "cannot parse '" + Shorten(n.Text) + "'")).ToList(), []);
        }
        var (depth, deepest) = Deepest(tree);
        if (depth > MaxDepth)
        {
            throw new TranslationUnavailableException(
                $"The translation nests {depth:N0} levels deep ({Place(deepest, "a chain of operators or calls")}); python3's compiler stops " +
                $"near {MaxDepth:N0} levels (\"maximum recursion depth exceeded during compilation\"). Split the long expression in the source into named parts first.");
        }
        var found = PythonCompileRules.Find(tree.Root, cancellationToken);
        // Read while the tree lives: its nodes are gone once it is disposed.
        return (
            found.Where(e => !e.NeedsEnclosingCode).Take(10).Select(e => Place(e.Node, e.Message)).ToList(),
            found.Where(e => e.NeedsEnclosingCode).Take(10).Select(e => (Keyword(e.Node), Place(e.Node, e.Message))).ToList());
    }

    /// <summary>The keyword of a statement only a body may hold, as <see cref="FragmentSite.Keyword"/> names it.</summary>
    private static string Keyword(SyntaxNode node) => node.Type.Replace("_statement", string.Empty, StringComparison.Ordinal);

    /// <summary>The depth of the deepest node and the node, walked with a cursor so that no depth can overflow the stack.</summary>
    private static (int Depth, SyntaxNode Node) Deepest(SyntaxTree tree)
    {
        using var cursor = tree.Walk();
        var (depth, best, node) = (0, 0, tree.Root);
        while (true)
        {
            if (cursor.GotoFirstChild())
            {
                depth++;
                if (depth > best)
                {
                    (best, node) = (depth, cursor.Current);
                }
                continue;
            }
            while (!cursor.GotoNextSibling())
            {
                if (!cursor.GotoParent())
                {
                    return (best, node);
                }
                depth--;
            }
        }
    }

    private static string Place(SyntaxNode node, string what) => $"line {node.Start.Line + 1}, column {node.Start.Column + 1}: {what}";

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length <= 40 ? line : line[..40] + "...";
    }
}
