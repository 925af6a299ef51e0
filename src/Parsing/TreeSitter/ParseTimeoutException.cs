namespace CodeIntel.Parsing.TreeSitter;

/// <summary>A parse ran past <see cref="ParserOptions.Timeout"/>. Distinct from the caller's cancellation.</summary>
public sealed class ParseTimeoutException : TimeoutException
{
    public ParseTimeoutException(TimeSpan timeout, int reachedByte)
        : base($"Parsing was abandoned after {timeout.TotalSeconds:0.###} s at byte {reachedByte}; raise the parse timeout or treat the file as text.")
    {
        Timeout = timeout;
        ReachedByte = reachedByte;
    }

    public TimeSpan Timeout { get; }

    public int ReachedByte { get; }
}
