using CodeIntel.Translation.Neural.Constraints;

namespace CodeIntel.Translation.Neural.Search;

/// <summary>Greedy decoding: the most probable next token each step; with a constraint, the most probable viable one.</summary>
internal static class GreedySearch
{
    public static SearchOutcome Run(DecoderRun decoder, SearchSettings settings, int vocabulary, Func<int[], string> detokenize,
        SyntaxConstraint? constraint, Action<int[]>? onBest, CancellationToken cancellationToken)
    {
        var hyp = new Hypothesis([settings.StartToken], 0, 0);
        var steps = 0;
        double score = 0;
        for (var step = 0; step < settings.MaxLength; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = decoder.Step([hyp.Tokens], [0]);
            steps++;
            var chosen = -1;
            var cut = hyp.CheckedCut;
            if (constraint is null)
            {
                chosen = ArgMax(logits, vocabulary);
            }
            else
            {
                var ranked = LogSoftmax.Top(Array.ConvertAll(logits, v => (double)v), settings.CandidateBudget);
                foreach (var token in ranked)
                {
                    var ok = token == settings.EosToken
                        ? constraint.IsComplete(detokenize(hyp.Tokens[1..]), cancellationToken)
                        : constraint.IsViable(detokenize(hyp.Extend(token)[1..]), hyp.CheckedCut, out cut, cancellationToken);
                    if (ok)
                    {
                        chosen = token;
                        break;
                    }
                }
                // Nothing viable among the likely tokens: keep the model's choice; the result reports that it does not parse.
                chosen = chosen < 0 ? ranked[0] : chosen;
            }
            score += LogSoftmax.Rows(logits, 1, vocabulary)[chosen];
            hyp = new Hypothesis(hyp.Extend(chosen), score, cut);
            onBest?.Invoke(hyp.Tokens[1..]);
            if (chosen == settings.EosToken)
            {
                break;
            }
        }
        var output = hyp.Tokens[1..];
        bool? parses = constraint?.IsComplete(detokenize(output), cancellationToken);
        return new SearchOutcome(output, score, parses, steps, steps);
    }

    private static int ArgMax(float[] logits, int vocabulary)
    {
        var best = 0;
        for (var i = 1; i < vocabulary; i++)
        {
            best = logits[i] > logits[best] ? i : best;
        }
        return best;
    }
}
