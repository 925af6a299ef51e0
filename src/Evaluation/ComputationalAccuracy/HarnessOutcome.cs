namespace CodeIntel.Evaluation.ComputationalAccuracy;

/// <summary>Whether a candidate passed every test of its script, and what happened.</summary>
public sealed record HarnessOutcome(bool Passed, string Detail);
