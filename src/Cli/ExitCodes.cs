namespace CodeIntel.Cli;

/// <summary>Process exit codes of <c>codeintel</c>, documented in its help.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command could not do its work: a missing path, an unreadable root.</summary>
    public const int Failure = 1;

    /// <summary>The command line was invalid.</summary>
    public const int Usage = 2;

    /// <summary>An evaluation ran but a <c>--min METRIC=VALUE</c> threshold was not met (CI gates on it).</summary>
    public const int ThresholdNotMet = 3;

    /// <summary>Interrupted by the user (Ctrl+C), as shells report SIGINT.</summary>
    public const int Cancelled = 130;
}
