using System.CommandLine;
using CodeIntel.Evaluation.Reports;

namespace CodeIntel.Cli.Evaluation;

/// <summary>Options every scoring <c>eval</c> task shares: where results go and the thresholds to gate on.</summary>
internal sealed class EvalReportOptions
{
    public Option<string?> Out { get; } = new("--out") { Description = "Folder for a JSON result per run, summary.md and report.html." };

    public Option<string[]> Min { get; } = new("--min")
    {
        Description = "Fail (exit code 3) when a run reports METRIC below VALUE, e.g. --min BLEU=60 --min MRR=0.3. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(Min);
    }

    public EvalSession Session(ParseResult parse, TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, parse.GetValue(Out), [.. (parse.GetValue(Min) ?? []).Select(Threshold.Parse)], TimeProvider.System);
}
