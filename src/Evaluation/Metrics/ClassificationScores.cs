namespace CodeIntel.Evaluation.Metrics;

/// <summary>
/// Precision, recall and F1 of label predictions, as scikit-learn computes them: per class, with 0 where a
/// ratio's denominator is 0 (sklearn's <c>zero_division</c> default), then either for the positive class
/// (<see cref="Binary"/>) or averaged over the classes present in truth or prediction (<see cref="Macro"/>, the
/// BigCloneBench evaluator's choice).
/// </summary>
public sealed record ClassificationScores(double Precision, double Recall, double F1, double Accuracy)
{
    public static ClassificationScores Binary(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, string positive = "1")
    {
        Check(truth, predicted);
        var (p, r, f) = ForClass(truth, predicted, positive);
        return new ClassificationScores(p, r, f, AccuracyOf(truth, predicted));
    }

    public static ClassificationScores Macro(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        Check(truth, predicted);
        var labels = truth.Concat(predicted).Distinct(StringComparer.Ordinal).ToList();
        var perClass = labels.Select(l => ForClass(truth, predicted, l)).ToList();
        return new ClassificationScores(
            perClass.Count == 0 ? 0 : perClass.Average(c => c.Precision),
            perClass.Count == 0 ? 0 : perClass.Average(c => c.Recall),
            perClass.Count == 0 ? 0 : perClass.Average(c => c.F1),
            AccuracyOf(truth, predicted));
    }

    private static (double Precision, double Recall, double F1) ForClass(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, string label)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var isTrue = truth[i] == label;
            var isPredicted = predicted[i] == label;
            tp += isTrue && isPredicted ? 1 : 0;
            fp += !isTrue && isPredicted ? 1 : 0;
            fn += isTrue && !isPredicted ? 1 : 0;
        }
        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static double AccuracyOf(IReadOnlyList<string> truth, IReadOnlyList<string> predicted) =>
        truth.Count == 0 ? 0 : (double)truth.Where((t, i) => t == predicted[i]).Count() / truth.Count;

    private static void Check(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"{truth.Count} labels but {predicted.Count} predictions.", nameof(predicted));
        }
    }
}
