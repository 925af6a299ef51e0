namespace CodeIntel.Evaluation.Tasks;

/// <summary>One figure of a run, named as reports and <c>--min</c> name it (e.g. <c>BLEU</c>, <c>MRR</c>).</summary>
public sealed record Metric(string Name, double Value);
