namespace CodeIntel.Translation.Verification;

/// <summary>How a compiler or a compiled program ended, with what it printed.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
