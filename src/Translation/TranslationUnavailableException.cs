namespace CodeIntel.Translation;

/// <summary>No translator is installed for the requested pair, or the source language could not be told.</summary>
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
