namespace CodeIntel.Translation;

/// <summary>
/// No translator is installed for the requested pair, the source language could not be told, or the source is past
/// what translation takes (<see cref="Routing.SourceLimits"/>). The message is written for the user.
/// </summary>
public sealed class TranslationUnavailableException : Exception
{
    public TranslationUnavailableException(string message) : base(message)
    {
    }

    public TranslationUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public TranslationUnavailableException()
    {
    }
}
