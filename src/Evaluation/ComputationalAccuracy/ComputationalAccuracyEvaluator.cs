using System.Diagnostics;
using System.Text.RegularExpressions;
using CodeIntel.Evaluation.Systems;
using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Evaluation.ComputationalAccuracy;

/// <summary>
/// Computational accuracy: the share of problems whose translation, renamed <c>f_filled</c>, passes every test of
/// its script. A translation that throws counts as failed, not skipped.
/// </summary>
public static partial class ComputationalAccuracyEvaluator
{
    public static async Task<SystemRun> EvaluateAsync(
        ITranslationSystem system, TranscoderSuite suite, PythonHarness harness, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(harness);
        var clock = Stopwatch.StartNew();
        var task = $"{TranscoderSuite.Task}";
        if (system.Unavailable(suite.SourceLanguage, "python") is { } reason)
        {
            return new SystemRun(task, system.Name, null, reason, clock.Elapsed);
        }
        var work = Directory.CreateTempSubdirectory("codeintel-ca-");
        try
        {
            var passed = 0;
            for (var i = 0; i < suite.Problems.Count; i++)
            {
                var problem = suite.Problems[i];
                string translation;
                try
                {
                    translation = await system.TranslateAsync(problem.Source, suite.SourceLanguage, "python", cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    progress?.Report((i + 1, suite.Problems.Count));
                    continue;
                }
                var outcome = await harness.RunAsync(problem.HarnessPath, GoldName().Replace(translation, "f_filled"), work.FullName, cancellationToken).ConfigureAwait(false);
                passed += outcome.Passed ? 1 : 0;
                progress?.Report((i + 1, suite.Problems.Count));
            }
            var accuracy = suite.Problems.Count == 0 ? 0 : 100.0 * passed / suite.Problems.Count;
            return new SystemRun(task, system.Name, new TaskScore(task, suite.Problems.Count, [new Metric("CA", accuracy), new Metric("passed", passed)]), null, clock.Elapsed);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\bf_gold\b")]
    private static partial Regex GoldName();
}
