using System.Text;
using CodeIntel.Parsing.Languages;
using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Translation.Neural.Constraints;

/// <summary>
/// Grammar-constrained decoding with the target language's tree-sitter grammar (see README.md). A prefix stays
/// viable while no closer is unbalanced and the completed statements behind the frontier parse without error; an
/// end of sequence is allowed only where the whole output parses. The output is a class member, so checks wrap it
/// in a class. One instance per translation: it owns a parser.
/// </summary>
internal sealed class SyntaxConstraint : IDisposable
{
    private const string Open = "class CodeIntelWrapper {\n";
    private const string Close = "\n}\n";
    private readonly TreeSitterParser _parser;

    public SyntaxConstraint(Grammar grammar)
    {
        _parser = new TreeSitterParser(grammar);
    }

    /// <summary>Parses run so far (the cost the README talks about).</summary>
    public int Parses { get; private set; }

    /// <summary>Whether <paramref name="text"/> can still be completed. <paramref name="checkedCut"/> is how far the
    /// parent hypothesis was already parsed; only a prefix that completed a new statement is parsed again.</summary>
    public bool IsViable(string text, int checkedCut, out int cut, CancellationToken cancellationToken = default)
    {
        var scan = PrefixScan.Of(text);
        cut = checkedCut;
        if (scan.Unbalanced)
        {
            return false;
        }
        if (scan.Cut <= checkedCut)
        {
            return true;
        }
        cut = scan.Cut;
        // Close the open blocks of the committed part and parse it; errors wholly behind the newest statement are
        // errors no continuation can repair (the newest statement may still be mid-construct, e.g. an initializer).
        var committed = text[..scan.Cut] + new string('}', scan.BracesAtCut);
        var frontier = Encoding.UTF8.GetByteCount(Open) + Encoding.UTF8.GetByteCount(text.AsSpan(0, scan.PreviousCut));
        using var tree = Parse(committed, cancellationToken);
        return tree.FindErrors().All(e => e.EndByte > frontier);
    }

    /// <summary>Whether <paramref name="text"/> is a whole, error-free member of the target language.</summary>
    public bool IsComplete(string text, CancellationToken cancellationToken = default)
    {
        var scan = PrefixScan.Of(text);
        if (scan.Unbalanced || scan.InsideLiteral || scan.OpenBraces != 0 || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        using var tree = Parse(text, cancellationToken);
        return !tree.Root.HasError;
    }

    /// <summary>
    /// The longest prefix of <paramref name="text"/> that ends at a statement or block boundary and, with its open
    /// blocks closed, is a whole member of the target language; null when none is (at most 256 boundaries are tried,
    /// latest first). What the decoder returns when no hypothesis finished as valid code.
    /// </summary>
    public string? ClosedPrefix(string text, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 256; attempt++)
        {
            var scan = PrefixScan.Of(text);
            if (scan.Cut == 0)
            {
                return null;
            }
            var closed = text[..scan.Cut] + new string('}', scan.BracesAtCut);
            if (IsComplete(closed, cancellationToken))
            {
                return closed;
            }
            text = text[..(scan.Cut - 1)];
        }
        return null;
    }

    public void Dispose() => _parser.Dispose();

    private SyntaxTree Parse(string member, CancellationToken cancellationToken)
    {
        Parses++;
        return _parser.Parse(SourceText.FromString(Open + member + Close), cancellationToken);
    }
}
