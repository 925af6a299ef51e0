using CodeIntel.Translation.Neural.Constraints;

namespace CodeIntel.Translation.Neural.Search;

/// <summary>
/// Beam search with all live beams batched into one decoder call. Each step ranks every (beam, token) extension by
/// summed log-probability and walks the best 2k: an end-of-sequence among the first k finishes a hypothesis, scored
/// sum / generated_length^lengthPenalty; the rest refill the beam. The search stops when k hypotheses are finished
/// and (early stopping) at once, or when the best live beam can no longer beat the worst finished one; at the
/// maximum length the live beams are finished as they are. With a constraint, extensions whose prefix can no
/// longer be completed are skipped (up to a budget of checks), an end-of-sequence counts only where the whole output
/// parses, and the finished hypotheses are re-ranked valid first.
/// </summary>
internal static class BeamSearch
{
    public static SearchOutcome Run(DecoderRun decoder, SearchSettings settings, int vocabulary, Func<int[], string> detokenize,
        SyntaxConstraint? constraint, Action<int[]>? onBest, CancellationToken cancellationToken)
    {
        var k = settings.Beams;
        var live = new List<Hypothesis> { new([settings.StartToken], 0, 0) };
        var parents = new List<int> { 0 };
        var finished = new List<(double Score, int[] Tokens)>();
        var done = false;
        var steps = 0;
        long decoded = 0;
        for (var step = 0; step < settings.MaxLength && !done; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = decoder.Step(live.Select(h => h.Tokens).ToArray(), parents);
            steps++;
            decoded += live.Count;
            var logProbs = LogSoftmax.Rows(logits, live.Count, vocabulary);
            for (var b = 0; b < live.Count; b++)
            {
                for (var t = 0; t < vocabulary; t++)
                {
                    logProbs[(b * vocabulary) + t] += live[b].Score;
                }
            }
            var ranked = LogSoftmax.Top(logProbs, constraint is null ? 2 * k : Math.Max(2 * k, settings.CandidateBudget));
            var next = new List<Hypothesis>();
            var nextParents = new List<int>();
            var rank = 0;
            foreach (var flat in ranked)
            {
                var (b, token) = (flat / vocabulary, flat % vocabulary);
                var score = logProbs[flat];
                if (token == settings.EosToken)
                {
                    if (rank < k)
                    {
                        if (constraint is not null && !constraint.IsComplete(detokenize(live[b].Tokens[1..]), cancellationToken))
                        {
                            continue;
                        }
                        finished.Add((score / Math.Pow(live[b].Tokens.Length, settings.LengthPenalty), live[b].Extend(token)[1..]));
                        finished.Sort((x, y) => y.Score.CompareTo(x.Score));
                        if (finished.Count > k)
                        {
                            finished.RemoveRange(k, finished.Count - k);
                        }
                    }
                }
                else
                {
                    var tokens = live[b].Extend(token);
                    var cut = live[b].CheckedCut;
                    if (constraint is not null && !constraint.IsViable(detokenize(tokens[1..]), live[b].CheckedCut, out cut, cancellationToken))
                    {
                        continue;
                    }
                    next.Add(new Hypothesis(tokens, score, cut));
                    nextParents.Add(b);
                }
                rank++;
                if (next.Count == k)
                {
                    break;
                }
            }
            if (next.Count == 0)
            {
                break;
            }
            live = next;
            parents = nextParents;
            onBest?.Invoke(live[0].Tokens[1..]);
            if (finished.Count >= k)
            {
                done = settings.EarlyStopping || live[0].Score / Math.Pow(live[0].Tokens.Length - 1, settings.LengthPenalty) <= finished[^1].Score;
            }
        }
        if (!done)
        {
            foreach (var h in live)
            {
                finished.Add((h.Score / Math.Pow(h.Tokens.Length - 1, settings.LengthPenalty), h.Tokens[1..]));
            }
            finished.Sort((x, y) => y.Score.CompareTo(x.Score));
        }
        if (constraint is null)
        {
            return new SearchOutcome(finished[0].Tokens, finished[0].Score, null, steps, decoded);
        }
        // Re-rank by whole-program validity: the best-scored hypothesis that parses wins over any that does not.
        foreach (var (score, tokens) in finished)
        {
            if (constraint.IsComplete(detokenize(tokens), cancellationToken))
            {
                return new SearchOutcome(tokens, score, true, steps, decoded);
            }
        }
        return new SearchOutcome(finished[0].Tokens, finished[0].Score, false, steps, decoded);
    }
}
