using CodeIntel.Parsing.Text;
using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Parsing.Languages;

/// <summary>
/// Identifies the language of a snippet or file from its content: C, C++, C#, Java, JavaScript, TypeScript,
/// PHP or Python. Stage one weighs lexical evidence with a learned linear model; hand-written syntax exclusions
/// then rule out languages that cannot parse a construct the text has; stage two, only when the best two
/// candidates are close, parses the snippet with their grammars and prefers the one that parses it.
/// Thread-safe. See README.md beside this file.
/// </summary>
public sealed class LanguageDetector : IDisposable
{
    // Stage one looks at the first 32 KiB of a file: plenty to tell a language, and a bound on regex work.
    private const int MaxAnalysedChars = 32 * 1024;

    // The grammar check runs when the runner-up has at least this fraction of the leader's probability.
    // This and ErrorPenalty were picked on training snippets (README.md: "Stage two").
    private const double CloseRatio = 0.5;

    private const int MaxCandidates = 3;

    // A candidate's probability is scaled by exp(-ErrorPenalty × share of bytes in ERROR nodes).
    private const double ErrorPenalty = 50;

    private readonly ParserPool _parsers;
    private readonly bool _ownsParsers;
    private readonly LexicalModel _model;
    private readonly GrammarCheck _grammar;

    /// <param name="parsers">Parsers for the grammar check; when null the detector creates and owns a pool.</param>
    public LanguageDetector(ParserPool? parsers = null)
    {
        _ownsParsers = parsers is null;
        _parsers = parsers ?? new ParserPool();
        _model = LexicalModel.LoadEmbedded();
        _grammar = new GrammarCheck(_parsers);
    }

    /// <summary>
    /// The most likely language among C, C++, C#, Java, JavaScript, TypeScript, PHP and Python, or null when
    /// the text carries no code signal (empty, whitespace, prose).
    /// </summary>
    public LanguageGuess? Detect(SourceText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var (source, probabilities) = ScoreLexically(text);
        if (probabilities is null)
        {
            return null;
        }
        var best = ArgMax(probabilities);
        if (_model.Classes[best] is null)
        {
            return null;
        }

        var candidates = Enumerable.Range(0, probabilities.Length)
            .Where(i => _model.Classes[i] is not null && probabilities[i] >= CloseRatio * probabilities[best])
            .OrderByDescending(i => probabilities[i])
            .Take(MaxCandidates)
            .ToArray();
        Recheck(probabilities, candidates, source, cancellationToken);

        var scores = Enumerable.Range(0, probabilities.Length)
            .Where(i => _model.Classes[i] is not null)
            .Select(i => new LanguageScore(_model.Classes[i]!, probabilities[i]))
            .OrderByDescending(s => s.Score)
            .ToArray();
        return new LanguageGuess(scores[0].Language, scores[0].Score, scores);
    }

    /// <summary>
    /// The language of a file: by its extension when the catalogue knows it, except <c>.h</c>, which is
    /// decided between C and C++ by content (C when nothing points to C++); by content alone when the name has
    /// no extension. Null when the extension is unknown or the content carries no code signal.
    /// </summary>
    public Language? Resolve(string path, SourceText text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var extension = Path.GetExtension(path);
        if (extension.Equals(".h", StringComparison.OrdinalIgnoreCase))
        {
            return DecideHeader(text, cancellationToken);
        }
        if (extension.Length > 0)
        {
            return Language.FromPath(path);
        }
        return Language.FromShebang(text.Text) ?? Detect(text, cancellationToken)?.Language;
    }

    public void Dispose()
    {
        if (_ownsParsers)
        {
            _parsers.Dispose();
        }
    }

    private Language DecideHeader(SourceText text, CancellationToken cancellationToken)
    {
        var (source, probabilities) = ScoreLexically(text);
        if (probabilities is null)
        {
            return Language.C;
        }
        var c = IndexOf(Language.C);
        var cpp = IndexOf(Language.Cpp);
        var (high, low) = probabilities[c] >= probabilities[cpp] ? (c, cpp) : (cpp, c);
        if (probabilities[low] >= CloseRatio * probabilities[high])
        {
            Recheck(probabilities, [high, low], source, cancellationToken);
        }
        return probabilities[cpp] > probabilities[c] ? Language.Cpp : Language.C;
    }

    /// <summary>
    /// Stage one, then the syntax exclusions (a language that cannot parse a construct the text has loses
    /// nearly all of its probability). Null probabilities when there is nothing but whitespace.
    /// </summary>
    private (SourceText Source, double[]? Probabilities) ScoreLexically(SourceText text)
    {
        var content = text.Text;
        if (string.IsNullOrWhiteSpace(content))
        {
            return (text, null);
        }
        if (content.Length > MaxAnalysedChars)
        {
            var cut = content.LastIndexOf('\n', MaxAnalysedChars - 1);
            content = content[..(cut > 0 ? cut + 1 : MaxAnalysedChars)];
            text = SourceText.FromString(content);
        }
        var probabilities = _model.Probabilities(content);
        SyntaxExclusions.Apply(probabilities, _model.Classes, content);
        return (text, probabilities);
    }

    /// <summary>
    /// Stage two: scales each candidate's probability by how cleanly its grammar parses the text, keeping the
    /// candidates' total, so a language whose grammar parses the snippet wins a close call.
    /// </summary>
    private void Recheck(double[] probabilities, int[] candidates, SourceText source, CancellationToken cancellationToken)
    {
        if (candidates.Length < 2)
        {
            return;
        }
        var total = candidates.Sum(i => probabilities[i]);
        var adjusted = candidates
            .Select(i => probabilities[i] * Math.Exp(-ErrorPenalty * _grammar.ErrorShare(_model.Classes[i]!, source, cancellationToken)))
            .ToArray();
        var adjustedTotal = adjusted.Sum();
        for (var j = 0; j < candidates.Length; j++)
        {
            probabilities[candidates[j]] = adjustedTotal > 0 ? total * adjusted[j] / adjustedTotal : total / candidates.Length;
        }
    }

    private int IndexOf(Language language)
    {
        for (var i = 0; i < _model.Classes.Count; i++)
        {
            if (_model.Classes[i] == language)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"The language gate model has no class for {language.Name}.");
    }

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }
        return best;
    }
}
