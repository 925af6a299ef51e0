using CodeIntel.Evaluation.Metrics;
using CodeIntel.Evaluation.Metrics.Bleu;
using CodeIntel.Evaluation.Metrics.CodeBleu;

namespace CodeIntel.Evaluation.Tasks;

/// <summary>
/// Scores a system's output files in a task's official format, as that task's CodeXGLUE evaluator does, so
/// CodeIntel can stand in for the evaluator in a pipeline.
/// </summary>
public static class PredictionScorer
{
    /// <param name="language">The language of the outputs, for CodeBLEU; null: the task's default (C# for translation, Java for refinement).</param>
    public static TaskScore Score(string task, string predictionsPath, string referencesPath, CodeBleuLanguage? language = null, CancellationToken cancellationToken = default) =>
        task switch
        {
            EvaluationTasks.CodeToCode => Generation(task, referencesPath, predictionsPath, language ?? CodeBleuLanguage.CSharp, cancellationToken),
            EvaluationTasks.Refinement => Generation(task, referencesPath, predictionsPath, language ?? CodeBleuLanguage.Java, cancellationToken),
            EvaluationTasks.AdvTest => AdvTest(referencesPath, predictionsPath),
            EvaluationTasks.Poj104 => Poj104(referencesPath, predictionsPath),
            EvaluationTasks.BigCloneBench => BigCloneBench(referencesPath, predictionsPath),
            EvaluationTasks.Cosqa => WebQuery(referencesPath, predictionsPath),
            _ => throw new EvaluationInputException($"Unknown task '{task}'. Tasks with prediction files: {string.Join(", ", EvaluationTasks.WithPredictionFiles)}."),
        };

    /// <summary>Translation and refinement: BLEU-4 and exact match as <c>evaluator.py</c> prints them, plus CodeBLEU.</summary>
    public static TaskScore Generation(string task, string referencesPath, string predictionsPath, CodeBleuLanguage language, CancellationToken cancellationToken = default)
    {
        var (references, predictions) = InputFiles.Aligned(referencesPath, predictionsPath);
        return Generation(task, references, predictions, language, cancellationToken);
    }

    public static TaskScore Generation(string task, IReadOnlyList<string> references, IReadOnlyList<string> predictions, CodeBleuLanguage language, CancellationToken cancellationToken = default)
    {
        var bleu = CodeXglueBleu.Corpus(references, predictions);
        var codeBleu = CodeBleuMetric.Corpus(references, predictions, language, cancellationToken: cancellationToken);
        return new TaskScore(task, references.Count,
        [
            new Metric("BLEU", bleu.Bleu),
            new Metric("EM", ExactMatch.Percent(references, predictions)),
            new Metric("CodeBLEU", 100 * codeBleu.Value),
            new Metric("ngram", 100 * codeBleu.NGramMatch),
            new Metric("weighted-ngram", 100 * codeBleu.WeightedNGramMatch),
            new Metric("syntax", 100 * codeBleu.SyntaxMatch),
            new Metric("dataflow", 100 * codeBleu.DataFlowMatch),
        ]);
    }

    /// <summary>AdvTest: <c>test.jsonl</c> (url, idx) against predictions (url, answers best first); MRR.</summary>
    public static TaskScore AdvTest(string answersPath, string predictionsPath)
    {
        var gold = Unique(answersPath, InputFiles.JsonLines(answersPath, j => (Key: InputFiles.Id(j, "url"), Value: InputFiles.Id(j, "idx"))));
        var predicted = Unique(predictionsPath, InputFiles.JsonLines(predictionsPath, j => (Key: InputFiles.Id(j, "url"), Value: Answers(j))));
        var mrr = new MeanReciprocalRank();
        foreach (var (url, (idx, line)) in gold)
        {
            mrr.Add(Require(predicted, url, "url", $"{answersPath}:{line}", predictionsPath), new HashSet<string> { idx });
        }
        return new TaskScore(EvaluationTasks.AdvTest, mrr.Queries, [new Metric("MRR", mrr.Value)]);
    }

    /// <summary>POJ-104: <c>test.jsonl</c> (label, index) against predictions (index, answers); MAP@R, R = other programs of the same label.</summary>
    public static TaskScore Poj104(string testPath, string predictionsPath)
    {
        var programs = Unique(testPath, InputFiles.JsonLines(testPath, j => (Key: InputFiles.Id(j, "index"), Value: InputFiles.Id(j, "label"))));
        var predicted = Unique(predictionsPath, InputFiles.JsonLines(predictionsPath, j => (Key: InputFiles.Id(j, "index"), Value: Answers(j))));
        var byLabel = programs.GroupBy(p => p.Value.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        var map = new MeanAveragePrecisionAtR();
        foreach (var (index, (label, line)) in programs)
        {
            var relevant = byLabel[label].Where(i => i != index).ToHashSet();
            var ranking = Require(predicted, index, "index", $"{testPath}:{line}", predictionsPath);
            if (ranking.Count < relevant.Count)
            {
                throw new EvaluationInputException($"{predictionsPath}: index '{index}' has {ranking.Count} answers but {relevant.Count} programs share its label ({testPath}:{line}); MAP@R needs at least R answers.");
            }
            map.Add(ranking, relevant);
        }
        return new TaskScore(EvaluationTasks.Poj104, map.Queries, [new Metric("MAP@R", map.Value)]);
    }

    /// <summary>BigCloneBench: <c>idx1 idx2 label</c> lines; macro-averaged precision, recall and F1 as the evaluator computes them.</summary>
    public static TaskScore BigCloneBench(string answersPath, string predictionsPath)
    {
        var (truth, predicted) = Labelled(answersPath, predictionsPath, fields: 3);
        var scores = ClassificationScores.Macro(truth, predicted);
        return new TaskScore(EvaluationTasks.BigCloneBench, truth.Count,
            [new Metric("Precision", scores.Precision), new Metric("Recall", scores.Recall), new Metric("F1", scores.F1)]);
    }

    /// <summary>CoSQA query-code matching (the WebQuery evaluator's format, <c>idx label</c>): accuracy, and binary precision/recall/F1.</summary>
    public static TaskScore WebQuery(string answersPath, string predictionsPath)
    {
        var (truth, predicted) = Labelled(answersPath, predictionsPath, fields: 2);
        var scores = ClassificationScores.Binary(truth, predicted);
        return new TaskScore(EvaluationTasks.Cosqa, truth.Count,
        [
            new Metric("Accuracy", scores.Accuracy), new Metric("Precision", scores.Precision),
            new Metric("Recall", scores.Recall), new Metric("F1", scores.F1),
        ]);
    }

    private static (List<string> Truth, List<string> Predicted) Labelled(string answersPath, string predictionsPath, int fields)
    {
        Dictionary<string, (string Value, int Line)> Read(string path)
        {
            var lines = InputFiles.Lines(path);
            return Unique(path, lines.Select((l, i) =>
            {
                var f = InputFiles.Fields(path, i, l, fields);
                return (Key: string.Join('\t', f[..^1]), Value: f[^1]);
            }).ToList());
        }
        var answers = Read(answersPath);
        var predictions = Read(predictionsPath);
        var truth = new List<string>();
        var predicted = new List<string>();
        foreach (var (key, (label, line)) in answers)
        {
            truth.Add(label);
            predicted.Add(Require(predictions, key, "pair", $"{answersPath}:{line}", predictionsPath));
        }
        return (truth, predicted);
    }

    private static List<string> Answers(System.Text.Json.JsonElement json)
    {
        if (!json.TryGetProperty("answers", out var answers) || answers.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            throw new KeyNotFoundException("missing \"answers\" (a list of ids, best first).");
        }
        return [.. answers.EnumerateArray().Select(a => a.ValueKind == System.Text.Json.JsonValueKind.String ? a.GetString()! : a.GetRawText())];
    }

    /// <summary>Records keyed by id, each remembering its 1-based line; a repeated id is an error.</summary>
    private static Dictionary<string, (T Value, int Line)> Unique<T>(string path, List<(string Key, T Value)> records)
    {
        var byKey = new Dictionary<string, (T, int)>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!byKey.TryAdd(records[i].Key, (records[i].Value, i + 1)))
            {
                throw new EvaluationInputException($"{path}:{i + 1}: id '{records[i].Key}' repeats line {byKey[records[i].Key].Item2}; each id may occur once.");
            }
        }
        return byKey;
    }

    private static T Require<T>(Dictionary<string, (T Value, int Line)> predictions, string key, string what, string askedAt, string predictionsPath) =>
        predictions.TryGetValue(key, out var found)
            ? found.Value
            : throw new EvaluationInputException($"{predictionsPath}: no prediction for {what} '{key}' (asked by {askedAt}). Every id of the answers file needs a prediction.");
}
