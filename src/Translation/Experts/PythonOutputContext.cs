using CodeIntel.Parsing.TreeSitter;
using CodeIntel.Translation.Python.Syntax;

namespace CodeIntel.Translation.Experts;

/// <summary>
/// What a lowering to Python collects beside the statements, shared by the tree-sitter experts: the imports and
/// runtime helpers the output asked for (emitted only when used) and the warnings with their source spans.
/// </summary>
internal abstract class PythonOutputContext
{
    public HashSet<PyImport> Imports { get; } = [];

    public SortedSet<string> Helpers { get; } = new(StringComparer.Ordinal);

    public List<TranslationWarning> Warnings { get; } = [];

    public void Require(string module, string? name = null) => Imports.Add(new PyImport(module, name));

    /// <summary>A call of the runtime helper <paramref name="name"/>, which the output then defines.</summary>
    public PyExpression Helper(string name, params PyExpression[] arguments)
    {
        Helpers.Add(name);
        return PyCall.Of(name, arguments);
    }

    public PyComment Warn(SyntaxNode node, string message) => Warn(node.Start, node.End, message);

    /// <summary>Records a warning and returns the marked comment that stands in the output where the construct was.</summary>
    public PyComment Warn(SourcePosition start, SourcePosition end, string message)
    {
        Warnings.Add(new TranslationWarning(message, start, end));
        return new PyComment(message, Untranslated: true);
    }
}
