using System.Text;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Stage two of the language gate: how much of a snippet a language's tree-sitter grammar fails to parse.
/// </summary>
internal sealed class GrammarCheck(ParserPool parsers)
{
    // A MISSING node has no width, yet it is a real error (an absent `;` or `)`); count it as a few bytes.
    private const int MissingNodeBytes = 4;

    private const string PhpOpenTag = "<?php\n";

    /// <summary>
    /// The share of the snippet's bytes inside ERROR nodes (MISSING nodes count a few bytes each), from 0
    /// (parses cleanly) to 1.
    /// </summary>
    public double ErrorShare(Language language, SourceText source, CancellationToken cancellationToken)
    {
        if (source.Length == 0)
        {
            return 0;
        }
        // Without an opening tag the PHP grammar reads everything as inline HTML and reports no errors at all.
        var prefix = language == Language.Php && !source.Text.Contains("<?", StringComparison.Ordinal) ? PhpOpenTag : "";
        var parsed = prefix.Length == 0 ? source : SourceText.FromString(prefix + source.Text);
        var prefixBytes = Encoding.UTF8.GetByteCount(prefix);

        using var tree = parsers.Parse(language.Grammar, parsed, cancellationToken);
        if (!tree.Root.HasError)
        {
            return 0;
        }
        long errorBytes = 0;
        foreach (var node in tree.FindErrors())
        {
            errorBytes += node.IsMissing
                ? MissingNodeBytes
                : Math.Max(0, node.EndByte - Math.Max(node.StartByte, prefixBytes));
        }
        return Math.Min(1.0, (double)errorBytes / source.Length);
    }
}
