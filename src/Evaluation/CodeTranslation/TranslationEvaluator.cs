using System.Diagnostics;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Evaluation.CodeTranslation;

/// <summary>Runs a translation system over every source of a pair set and scores its outputs like the official evaluator.</summary>
public static class TranslationEvaluator
{
    public static async Task<SystemRun> EvaluateAsync(
        string task, ITranslationSystem system, TranslationPairs pairs, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(pairs);
        var clock = Stopwatch.StartNew();
        if (system.Unavailable(pairs.SourceLanguage, pairs.TargetLanguage) is { } reason)
        {
            return new SystemRun(task, system.Name, null, reason, clock.Elapsed);
        }
        var outputs = new List<string>(pairs.Sources.Count);
        var multiLine = pairs.References.Any(r => r.Contains('\n', StringComparison.Ordinal));
        foreach (var source in pairs.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // One-function-per-line sets: an output's line breaks would misalign every later line of a predictions file.
            var output = await system.TranslateAsync(source, pairs.SourceLanguage, pairs.TargetLanguage, cancellationToken).ConfigureAwait(false);
            outputs.Add(multiLine ? output : output.ReplaceLineEndings(" "));
            progress?.Report((outputs.Count, pairs.Sources.Count));
        }
        var score = PredictionScorer.Generation(task, pairs.References, outputs, pairs.Target, cancellationToken);
        return new SystemRun(task, system.Name, score, null, clock.Elapsed);
    }
}
