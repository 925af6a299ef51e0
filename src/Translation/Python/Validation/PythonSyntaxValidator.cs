using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Python.Validation;

/// <summary>
/// Checks generated Python with the tree-sitter Python grammar, the same parser CodeIntel indexes Python with.
/// A translator calls <see cref="EnsureValid"/> before returning, so that no output that fails to parse ever
/// reaches a user: a failure there is a bug in the translator, reported loudly with the offending lines.
/// </summary>
public sealed class PythonSyntaxValidator(ParserPool parsers)
{
    private readonly ParserPool _parsers = parsers ?? throw new ArgumentNullException(nameof(parsers));

    /// <summary>The ERROR and MISSING places of <paramref name="python"/>, as "line L, column C: text" lines; empty when it parses.</summary>
    public IReadOnlyList<string> FindErrors(string python, CancellationToken cancellationToken = default)
    {
        using var tree = _parsers.Parse(Grammar.Python, SourceText.FromString(python), cancellationToken);
        return tree.FindErrors(limit: 10)
            .Select(n => $"line {n.Start.Line + 1}, column {n.Start.Column + 1}: {(n.IsMissing ? "missing " + n.Type : "cannot parse '" + Shorten(n.Text) + "'")}")
            .ToArray();
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> naming every error place when <paramref name="python"/> does not parse.</summary>
    public void EnsureValid(string python, string translator, CancellationToken cancellationToken = default)
    {
        var errors = FindErrors(python, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {translator} translator produced Python that does not parse ({string.Join("; ", errors)}). " +
                "This is a bug in the translator; please report it with the source that triggered it.\n" + python);
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length <= 40 ? line : line[..40] + "...";
    }
}
