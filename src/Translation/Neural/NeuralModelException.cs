namespace CodeIntel.Translation.Neural;

/// <summary>A neural model directory is missing a file, or its files do not belong together.</summary>
public sealed class NeuralModelException : Exception
{
    public NeuralModelException(string message) : base(message)
    {
    }

    public NeuralModelException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public NeuralModelException()
    {
    }
}
