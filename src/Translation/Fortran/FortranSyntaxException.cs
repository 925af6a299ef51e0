namespace CodeIntel.Translation.Fortran;

/// <summary>The Fortran text could not be read; <see cref="Line"/> and <see cref="Column"/> are zero-based.</summary>
public sealed class FortranSyntaxException : Exception
{
    public FortranSyntaxException(string message, int line, int column)
        : base($"line {line + 1}, column {column + 1}: {message}")
    {
        Line = line;
        Column = column;
        Detail = message;
    }

    public FortranSyntaxException()
    {
    }

    public FortranSyntaxException(string message) : base(message)
    {
    }

    public FortranSyntaxException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Line { get; }

    public int Column { get; }

    public string Detail { get; } = "";
}
