namespace CodeIntel.Translation.Benchmarks.Transcoder;

/// <summary>The result of one problem: passed tests out of the harness's total, the failure group, and a one-line detail.</summary>
public sealed record TranscoderOutcome(TranscoderProblem Problem, int Passed, int Total, TranscoderFailure Failure, string Detail, string? Translation)
{
    /// <summary>For a failure checked against its source: whether the translation returned what the source returned on the harness inputs (null: not checked).</summary>
    public bool? SourceAgrees { get; init; }

    public bool Success => Failure == TranscoderFailure.None;
}
