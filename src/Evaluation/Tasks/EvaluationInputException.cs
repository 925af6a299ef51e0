namespace CodeIntel.Evaluation.Tasks;

/// <summary>An input file cannot be scored as given; the message names the file, the line and what to fix.</summary>
public sealed class EvaluationInputException : Exception
{
    public EvaluationInputException(string message) : base(message)
    {
    }

    public EvaluationInputException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public EvaluationInputException()
    {
    }
}
