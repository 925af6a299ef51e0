namespace CodeIntel.Evaluation.ComputationalAccuracy;

/// <summary>One GeeksforGeeks problem: the gold function in the source language and the target-language test script.</summary>
public sealed record TranscoderProblem(string Id, string Source, string HarnessPath);
