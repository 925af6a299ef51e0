using CodeIntel.Evaluation.Tasks;
using CodeIntel.Tests;

namespace CodeIntel.Evaluation.Tests.Tasks;

public sealed class BadInputTests
{
    [Fact]
    public void Score_MisalignedFiles_NamesBothFilesAndTheFirstUnpairedLine()
    {
        using var temp = new TempDirectory();
        var references = temp.WriteFile("ref.txt", "a b\nc d\ne f\n");
        var predictions = temp.WriteFile("pred.txt", "a b\nc d\n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.CodeToCode, predictions, references));

        Assert.Contains("pred.txt has 2 lines", error.Message);
        Assert.Contains("ref.txt:3", error.Message);
    }

    [Fact]
    public void Score_EmptyLineInPredictions_NamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var references = temp.WriteFile("ref.txt", "a b\nc d\ne f\n");
        var predictions = temp.WriteFile("pred.txt", "a b\n   \ne f\n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.Refinement, predictions, references));

        Assert.Contains("pred.txt:2: empty line", error.Message);
    }

    [Fact]
    public void Score_InvalidUtf8_NamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var references = temp.WriteFile("ref.txt", "a b\nc d\n");
        var predictions = temp.WriteBytes("pred.txt", [(byte)'a', (byte)'\n', (byte)'c', 0xE9, (byte)'d', (byte)'\n']);

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.CodeToCode, predictions, references));

        Assert.Contains("pred.txt:2: not valid UTF-8", error.Message);
    }

    [Fact]
    public void Score_MissingPredictionId_NamesTheId()
    {
        using var temp = new TempDirectory();
        var answers = temp.WriteFile("test.jsonl", "{\"url\": \"u0\", \"idx\": 1}\n{\"url\": \"u1\", \"idx\": 2}\n");
        var predictions = temp.WriteFile("pred.jsonl", "{\"url\": \"u0\", \"answers\": [1, 2]}\n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.AdvTest, predictions, answers));

        Assert.Contains("no prediction for url 'u1' (asked by", error.Message);
        Assert.Contains("test.jsonl:2)", error.Message);
    }

    [Fact]
    public void Score_BrokenJsonLine_NamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var answers = temp.WriteFile("test.jsonl", "{\"label\": \"1\", \"index\": \"0\"}\n{\"label\": \"1\", \"index\": \"1\"}\n");
        var predictions = temp.WriteFile("pred.jsonl", "{\"index\": \"0\", \"answers\": [\"1\"]}\n{\"index\": \"1\", \"answers\": [\"0\"\n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.Poj104, predictions, answers));

        Assert.Contains("pred.jsonl:2:", error.Message);
    }

    [Fact]
    public void Score_DuplicateId_NamesBothLines()
    {
        using var temp = new TempDirectory();
        var answers = temp.WriteFile("answers.txt", "1\t2\t0\n1\t2\t1\n");
        var predictions = temp.WriteFile("pred.txt", "1\t2\t0\n");

        var error = Assert.Throws<EvaluationInputException>(() => PredictionScorer.Score(EvaluationTasks.BigCloneBench, predictions, answers));

        Assert.Contains("answers.txt:2: id '1\t2' repeats line 1", error.Message);
    }
}
