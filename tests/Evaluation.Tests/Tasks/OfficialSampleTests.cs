using CodeIntel.Evaluation.Tasks;
using CodeIntel.Tests;

namespace CodeIntel.Evaluation.Tests.Tasks;

/// <summary>
/// Every sample that ships with a CodeXGLUE evaluator, scored here, must give the figure the official script
/// prints on it (SOURCES.md of the shared data quotes them).
/// </summary>
public sealed class OfficialSampleTests
{
    private static string Sample(string folder)
    {
        var root = SharedData.Folder("codexglue-formats");
        Skip.If(root is null, "shared/data/codexglue-formats is not on this machine.");
        return Path.Combine(root!, folder);
    }

    private static double Value(TaskScore score, string metric) => score.Find(metric)!.Value;

    [SkippableFact]
    public void CodeToCode_OfficialSample_Bleu6108Accuracy50()
    {
        var folder = Sample("code-to-code-trans");
        var score = PredictionScorer.Score(EvaluationTasks.CodeToCode, Path.Combine(folder, "predictions.txt"), Path.Combine(folder, "references.txt"));

        Assert.Equal(61.08, Math.Round(Value(score, "BLEU"), 2));
        Assert.Equal(50.0, Math.Round(Value(score, "EM"), 2));
    }

    [SkippableFact]
    public void Refinement_OfficialSample_Bleu7903Accuracy40()
    {
        var folder = Sample("code-refinement");
        var score = PredictionScorer.Score(EvaluationTasks.Refinement, Path.Combine(folder, "predictions.txt"), Path.Combine(folder, "references.txt"));

        Assert.Equal(79.03, Math.Round(Value(score, "BLEU"), 2));
        Assert.Equal(40.0, Math.Round(Value(score, "EM"), 2));
    }

    [SkippableFact]
    public void BigCloneBench_OfficialSample_MacroRecall025Precision05F103333()
    {
        var folder = Sample("clone-bcb");
        var score = PredictionScorer.Score(EvaluationTasks.BigCloneBench, Path.Combine(folder, "predictions.txt"), Path.Combine(folder, "answers.txt"));

        Assert.Equal(0.25, Math.Round(Value(score, "Recall"), 4));
        Assert.Equal(0.5, Math.Round(Value(score, "Precision"), 4));
        Assert.Equal(0.3333, Math.Round(Value(score, "F1"), 4));
    }

    [SkippableFact]
    public void Poj104_OfficialSample_MapAtR05833()
    {
        var folder = Sample("clone-poj104");
        var score = PredictionScorer.Score(EvaluationTasks.Poj104, Path.Combine(folder, "predictions.jsonl"), Path.Combine(folder, "test.jsonl"));

        Assert.Equal(0.5833, Math.Round(Value(score, "MAP@R"), 4));
    }

    [SkippableFact]
    public void AdvTest_OfficialSample_Mrr04233()
    {
        var folder = Sample("nl-code-search-adv");
        var score = PredictionScorer.Score(EvaluationTasks.AdvTest, Path.Combine(folder, "predictions.jsonl"), Path.Combine(folder, "test.jsonl"));

        Assert.Equal(0.4233, Math.Round(Value(score, "MRR"), 4));
    }

    [SkippableFact]
    public void WebQuery_OfficialSample_Accuracy04()
    {
        var folder = Sample("webquery");
        var score = PredictionScorer.Score(EvaluationTasks.Cosqa, Path.Combine(folder, "webquery_predictions.txt"), Path.Combine(folder, "webquery_answers.txt"));

        // The evaluator prints accuracy: 2 of the 5 all-zero predictions agree with the answers.
        Assert.Equal(0.4, Value(score, "Accuracy"), 10);
        Assert.Equal(0.0, Value(score, "F1"), 10);
    }
}
