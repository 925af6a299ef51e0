using CodeIntel.Evaluation.Tasks;

namespace CodeIntel.Evaluation.Systems;

/// <summary>What running one system on one task gave: its score, or why it could not run.</summary>
public sealed record SystemRun(string Task, string System, TaskScore? Score, string? UnavailableReason, TimeSpan Elapsed)
{
    public bool Available => UnavailableReason is null;
}
