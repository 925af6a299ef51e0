using CodeIntel.Parsing.TreeSitter;

namespace CodeIntel.Evaluation.Metrics.CodeBleu;

/// <summary>
/// CodeBLEU (Ren et al., 2020) as CodeXGLUE's <c>calc_code_bleu.py</c> computes it: a weighted sum of n-gram BLEU,
/// keyword-weighted n-gram match, syntax-tree match and data-flow match over line-aligned hypotheses and
/// references, weights 0.25 each by default.
/// </summary>
public static class CodeBleuMetric
{
    public static CodeBleuScore Corpus(
        IReadOnlyList<string> references,
        IReadOnlyList<string> hypotheses,
        CodeBleuLanguage language,
        (double NGram, double Weighted, double Syntax, double DataFlow)? weights = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(hypotheses);
        ArgumentNullException.ThrowIfNull(language);
        if (references.Count != hypotheses.Count)
        {
            throw new ArgumentException($"{references.Count} references but {hypotheses.Count} hypotheses.", nameof(hypotheses));
        }
        var (alpha, beta, gamma, theta) = weights ?? (0.25, 0.25, 0.25, 0.25);
        var refs = references.Select(r => r.Trim()).ToList();
        var hyps = hypotheses.Select(h => h.Trim()).ToList();

        var tokenizedHypotheses = hyps.Select(Bleu.Tokens.Whitespace).ToList();
        var tokenizedReferences = refs.Select(r => (IReadOnlyList<string[]>)[Bleu.Tokens.Whitespace(r)]).ToList();
        var ngram = NltkBleu.Corpus(tokenizedReferences, tokenizedHypotheses);
        var weighted = NltkBleu.Weighted(tokenizedReferences, tokenizedHypotheses, t => language.Keywords.Contains(t) ? 1.0 : 0.2);

        using var parser = new TreeSitterParser(language.Grammar);
        int syntaxMatched = 0, syntaxTotal = 0, flowMatched = 0, flowTotal = 0;
        for (var i = 0; i < refs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (sm, st) = SyntaxMatch.Count(parser, refs[i], hyps[i], cancellationToken);
            syntaxMatched += sm;
            syntaxTotal += st;
            var (fm, ft) = DataFlowMatch.Count(parser, language.Rules, refs[i], hyps[i], cancellationToken);
            flowMatched += fm;
            flowTotal += ft;
        }
        var syntax = syntaxTotal == 0 ? 0 : (double)syntaxMatched / syntaxTotal;
        // Like the official script: no reference data flow at all makes the component 0, not undefined.
        var dataFlow = flowTotal == 0 ? 0 : (double)flowMatched / flowTotal;
        return new CodeBleuScore(ngram, weighted, syntax, dataFlow, (alpha * ngram) + (beta * weighted) + (gamma * syntax) + (theta * dataFlow));
    }
}
